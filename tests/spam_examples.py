"""Gambling spam and hard negatives written for the tests, and a story to put them in.

Brand names here (KILAT88, PANEN77...) are made up.
"""

from __future__ import annotations

ARTICLE_TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Usai Banjir"
ARTICLE_PARAGRAPHS = (
    "SUKAMAJU - Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air "
    "yang tersumbat lumpur setelah banjir surut pada Senin pagi.",
    "Air sempat merendam sekitar 300 rumah di tiga dusun selama dua hari. Sebagian warga "
    "mengungsi ke balai desa, sementara yang lain bertahan di lantai atas rumah mereka.",
    "Kepala desa meminta warga tidak membuang sampah ke saluran karena tumpukan plastik "
    "membuat air meluap lebih cepat setiap kali hujan deras turun.",
    "Relawan dari kecamatan tetangga ikut membantu membersihkan rumah dan membagikan "
    "makanan serta air bersih kepada keluarga yang terdampak.",
    "Petugas kesehatan juga membuka posko layanan untuk memeriksa warga yang mulai "
    "mengeluh gatal-gatal dan demam setelah banjir.",
)
# The paragraph spam is glued to in the tests (no news-reporting words in it).
HOST_INDEX = 3


def article(extra: str | None = None, *, glue: str | None = None, at: int = 2) -> tuple[str, int, int]:
    """The story with ``extra`` as its own paragraph before paragraph ``at``, or ``glue``
    appended to the end of the host paragraph. Returns (text, start, end) of the piece."""
    paragraphs = list(ARTICLE_PARAGRAPHS)
    piece = ""
    if glue is not None:
        paragraphs[HOST_INDEX] = paragraphs[HOST_INDEX] + " " + glue
        piece = glue
        index = HOST_INDEX
    else:
        assert extra is not None
        paragraphs.insert(at, extra)
        piece = extra
        index = at
    head = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs[:index])
    text = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs)
    start = text.index(piece, len(head))
    return text, start, start + len(piece)


# Whole lines or paragraphs of spam, in every dress.
SPAM_LINES = (
    # plain promotion
    "Daftar sekarang di KILAT88, situs slot gacor dengan deposit pulsa tanpa potongan.",
    "Bocoran RTP live hari ini: Mahjong Ways 2 dan Gates of Olympus lagi gacor parah!",
    "Link alternatif PANEN77 resmi, bonus new member 100% dan WD lancar tanpa ribet.",
    "Pola gacor Starlight Princess malam ini, dijamin maxwin modal receh.",
    "Bandar togel online terpercaya, pasaran toto macau dan keluaran sgp tercepat.",
    "Slot Gacor Hari Ini: Daftar Situs Slot Online Gampang Menang 2025",
    # a small deposit named a few words on, a stake per spin, a button drawn with arrows
    "Cukup deposit yang paling ringan yaitu 20.000 kamu sudah bisa menikmati semua "
    "permainan seru.",
    "Modal receh jadi andalan: Rp5–20 ribu per putaran, main santai tapi sering.",
    ">>> DAFTAR DI SINI SEKARANG <<<",
    "►►► LOGIN ALTERNATIF",
    # keyword lists, hashtags, link blocks
    "slot gacor | situs toto | rtp live | link alternatif kilat88 | bandar togel online",
    "#slotgacor #situsjudislot #maxwinhariini #rtpslot #panen77",
    "RTP KILAT88 RTP PANEN77 LOGIN KILAT88 DAFTAR PANEN77",
    # comment spam in disguise
    "Main di 𝐊𝐈𝐋𝐀𝐓𝟖𝟖 dijamin cuan, WD berapapun dibayar!",
    "ＫＩＬＡＴ８８ bikin saldo naik terus, gak bohong bro",
    "Sіtus slоt gасоr tеrpеrсаyа, dеpо 10rb lаngsung mаin",
    "s\u200blot g\u200bacor hari ini, depo 10rb langsung jp",
    "s l o t g a c o r paling mudah maxwin cuma di sini",
    "g4c0r p4r4h, sl0t m4xw1n tiap hari bosku",
    "ⓀⒾⓁⒶⓉ⑧⑧ gampang menang, coba aja sendiri",
    "Tiap hari main di P̲A̲N̲E̲N̲W̲I̲N̲ saldo nambah terus",
    "cari di google namanya kilat88, sketer turun terus wkwk",
)

# Related-link slots whose title is an ad (removed whole, as spam).
SPAM_SLOTS = (
    "Baca Juga: Link Slot Gacor Hari Ini, Bocoran RTP Live Paling Akurat",
    "Lihat juga: Starlight Princess Maxwin? Cek Jam Gacor Malam Ini",
    "Simak juga: Kakek Zeus Turun Tangan, Scatter Hitam Mahjong Ways Pecah",
)

# Injected anchor text: (sentence with the keywords in it, the injected keywords).
ANCHORS = (
    (
        "Warga bergotong royong membersihkan saluran air slot gacor hari ini setelah "
        "hujan reda.",
        "slot gacor hari ini",
    ),
    (
        "Relawan membagikan makanan dan air bersih situs toto kilat88 kepada keluarga "
        "yang terdampak banjir.",
        "situs toto kilat88",
    ),
)

# Spam sentences glued to the end of a story paragraph.
GLUED_SPAM = (
    "Situs slot online terpercaya dengan RTP tertinggi. Daftar sekarang, bonus new "
    "member 100%.",
    "KILAT88 adalah agen slot gacor resmi dengan winrate 98% dan deposit via dana.",
)

# Sentences that must never lose a character: news about gambling, other senses.
HARD_NEGATIVES = (
    "Satgas Pemberantasan Judi Online memblokir ribuan situs slot gacor sepanjang pekan lalu.",
    "Polisi menangkap tiga admin situs judi online yang mempromosikan slot gacor lewat media "
    "sosial.",
    "PPATK mencatat perputaran dana judi online mencapai ratusan triliun rupiah sepanjang tahun.",
    "Komdigi meminta masyarakat melaporkan iklan judi slot yang menyusup ke situs pemerintah.",
    "Kata kunci “slot gacor” dan “maxwin” banyak ditemukan di laman kampus yang diretas.",
    "Hakim menjatuhkan vonis dua tahun penjara kepada selebgram yang mempromosikan situs judi "
    "online.",
    "Kabareskrim menegaskan tidak ada yang menang dalam judi online, semua pemain pasti rugi.",
    "Togel Singapura menjadi pasaran yang paling banyak dimainkan para tersangka, kata polisi.",
    "Kementerian Agama memasukkan materi bahaya judol ke dalam bimbingan perkawinan.",
    "Pelaku mengaku menghabiskan gaji untuk deposit di situs judi online hingga terlilit utang.",
    "Maskapai itu mendapat tambahan slot penerbangan di Bandara Soekarno-Hatta mulai bulan depan.",
    "Pengelola mal diminta memasang papan informasi slot parkir yang masih tersedia.",
    "Klub itu sudah memenuhi kuota slot pemain asing untuk musim depan.",
    "Tim itu memperebutkan satu slot tersisa di babak playoff Piala AFC.",
    "Jumlah penumpang di bandar udara tersebut melonjak menjelang libur panjang.",
    "Polres menangkap seorang bandar narkoba beserta barang bukti sabu seberat dua kilogram.",
    "Murai batu miliknya dikenal gacor dan kerap menjuarai lomba kicau burung.",
    "Striker muda itu tampil gacor dengan mencetak tiga gol dalam dua laga terakhir.",
    "Pemkot menata RTP di tepi sungai agar warga punya ruang bermain yang aman.",
    "Laporan pemantauan RTP disusun setiap triwulan oleh inspektorat daerah.",
    "Seorang warga Texas memenangkan jackpot Powerball senilai 1,2 miliar dolar AS.",
    "Ponsel itu dilengkapi dua slot kartu SIM dan slot microSD terpisah.",
    "Pendaftaran dibuka pada slot waktu pukul 08.00 hingga 10.00 WIB.",
    "Investor diminta mewaspadai volatilitas pasar menjelang pengumuman suku bunga.",
    "Gim mahjong kerap dimainkan keluarga keturunan Tionghoa saat perayaan Imlek.",
    "Sejumlah pedagang mengaku omzet naik berkat promo cashback dari dompet digital.",
    "Peserta wajib login ke akun masing-masing sebelum mendaftar ulang secara daring.",
    "Bank menawarkan bonus bagi nasabah baru yang membuka deposito minimal Rp10 juta.",
    "Pemain Persib itu menang duel udara dan membawa timnya menjadi juara grup.",
    "Sebagai bandar udara tersibuk, Soekarno-Hatta melayani lebih dari 1.000 penerbangan "
    "sehari.",
    "Polisi menyebut korban diminta melakukan deposit awal sebesar Rp50.000 sebelum akunnya "
    "dibekukan.",
    "Lembaga kursus itu memasang tarif Rp75 ribu per sesi untuk kelas privat matematika.",
    "Wahana komidi putar di pasar malam itu dipatok Rp10 ribu sekali main.",
    "Pendaftaran peserta lomba ditutup Jumat; formulir daftar ulang tersedia di laman panitia.",
)
