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


# -- families of spam the first lexicon had not seen (issue 11), written for the tests ----

# Disguised brands: each pairs the line with the disguise its reason must name.
DISGUISED_SPAM = (
    ("Gara-gara main di ₖᵢₗₐₜ₈₈ saldo aku naik terus, makasih admin", "stylised letters"),
    ("Cobain deh ᴾᴬᴺᴱᴺ⁷⁷ baru depo dikit udah wd", "stylised letters"),
    ("𝑲𝑰𝑳𝑨𝑻𝟖𝟖 emang paling the best, wd cepet", "stylised letters"),
    ("𝓟𝓐𝓝𝓔𝓝𝟕𝟕 mantap banget, menang terus tiap malam", "stylised letters"),
    ("𝔎𝔦𝔩𝔞𝔱88 gak pernah bohong, cuan terus", "stylised letters"),
    ("𝕂𝕀𝕃𝔸𝕋𝟠𝟠 bikin aku bisa beli motor baru", "stylised letters"),
    ("𝙺𝙸𝙻𝙰𝚃𝟾𝟾 jalan terus, wd lancar jaya", "stylised letters"),
    ("Ⓟⓐⓝⓔⓝ⑦⑦ emang top, depo langsung masuk", "stylised letters"),
    ("K~I~L~A~T~8~8 gampang jp bang", "separators inside words"),
    ("main di P-A-N-E-N-7-7 aja, pasti wd", "separators inside words"),
    ("cek K.I.L.A.T.8.8 bro, baru main udah menang", "separators inside words"),
    ("daftar di k_i_l_a_t_8_8 modal kecil wd gede", "separators inside words"),
    ("K I L A T 8 8 emang gacor parah", "de-spacing"),
    ("KILAT🔥88 bikin saldo naik terus 🤑", "emoji inside words"),
    ("PANEN⭐77 wd lancar terus, recommended pokoknya", "emoji inside words"),
    ("akhirnya wd juga di K1LAT88, makasih min", "leetspeak"),
    ("Baru depo 50 di ZeUs4Win langsung JP 3 juta", ""),
    ("Menang terus di MaXBoS88, withdraw cepat tanpa ribet", ""),
)
# Lottery market pages, licence and payment claims, slot mechanics.
TOGEL_SPAM = (
    "Pasaran Sydney tutup 13.50 WIB, result 14.00 WIB; Hongkong tutup 22.30 WIB, result "
    "23.00 WIB.",
    "Bandar togel terpercaya dengan hadiah 4D 10.000x, 3D 1.000x, 2D 100x dan diskon 66%.",
    "Deposit pulsa Telkomsel dan XL tanpa potongan, pasang angka 4D mulai 100 perak.",
    "Jadwal pasaran hari ini: Singapore tutup 17.30, Cambodia tutup 11.30, Sydney tutup 13.30.",
    "Prediksi angka jitu HK malam ini: BBFS 6 digit 124578, angka ikut 4, colok bebas 7.",
    "Hadiah 4D 9.800 kali, diskon 3D 59%, bolak-balik dan colok jitu tersedia.",
)
TRUST_SPAM = (
    "Situs ini resmi berlisensi PAGCOR dan diawasi BMM Testlabs, jadi 100% aman dan terpercaya.",
    "Kami memegang lisensi resmi dari First Cagayan, semua permainan fair tanpa robot.",
    "Proses deposit dan withdraw hanya 2 menit, dana kamu aman 100% bersama kami.",
    "Penarikan diproses kurang dari 3 menit, berapapun kemenangan kamu pasti dibayar lunas.",
)
MECHANICS_SPAM = (
    "Pakai turbo spin dan auto spin 100x, pasang bet 800 lalu naikkan ke 1.600 saat scatter "
    "muncul.",
    "Kalau sudah dapat 4 scatter, free spin langsung jalan dan pengali x500 sering keluar.",
    "Tips: putar manual 10x, lalu auto spin 50x dengan double chance aktif.",
    "Setelah buy spin, perkalian x100 turun beruntun dan saldo langsung naik.",
)
# A story of winning told as narrative: every sentence carries a little evidence.
NARRATIVE_SPAM = (
    "Awalnya saya hanya iseng mencoba dengan modal kecil di malam minggu. Tidak disangka, "
    "putaran demi putaran membawa hasil yang luar biasa. Dalam satu jam saldo saya naik "
    "berkali lipat dan akhirnya bisa ditarik ke rekening.",
)
# A gambling keyword glued before a sentence copied from elsewhere.
PREFIXED_SPAM = (
    "slot gacor Bandar udara internasional ini melayani penerbangan domestik dan "
    "internasional setiap hari.",
    "situs toto TCP adalah protokol yang menjamin data terkirim secara berurutan antar "
    "komputer.",
    "togel online Kamus menyebutkan bahwa kata rumah berarti bangunan untuk tempat tinggal.",
    "SLOT88 Bandara ini terletak sekitar 20 kilometer dari pusat kota.",
)

# News that reports gambling and its promotion, by family: never touched by a spam rule.
REPORT_NEGATIVES = (
    # police quoted on the lottery numbers a suspect bought
    "\"Tersangka membeli nomor 4D 8812 dan 3D 451 di bandar togel itu setiap hari,\" ujar "
    "Kasat Reskrim AKP Budi Santoso.",
    "Menurut Kapolsek, pelaku memasang angka togel 2D 45 dan 67 dengan taruhan Rp10 ribu per "
    "nomor.",
    "Dari tangan tersangka, polisi menyita rekap togel berisi nomor 4D, 3D, dan 2D serta uang "
    "tunai Rp1,2 juta.",
    "\"Dia pasang togel Singapura dan Hongkong, nomornya dicatat di buku,\" kata Kapolres.",
    # gambling promotion found on government and campus sites
    "Kominfo menemukan konten promosi slot gacor dan link alternatif situs judi di 27 laman "
    "pemerintah daerah.",
    "Laman resmi dinas pendidikan itu disusupi tulisan \"Situs Slot Gacor Gampang Maxwin\" "
    "yang mengarah ke situs judi.",
    "Peretas menyisipkan artikel berjudul \"Daftar Slot Gacor Hari Ini\" ke subdomain kampus "
    "negeri tersebut.",
    "Komdigi meminta pengelola situs go.id segera menghapus halaman berisi iklan judi online dan "
    "bocoran RTP.",
    # an anti-hoax article about a gambling video
    "Video yang beredar di media sosial memperlihatkan seorang pria mengaku menang jackpot slot "
    "hingga ratusan juta rupiah.",
    "Faktanya, video tersebut merupakan rekayasa untuk mempromosikan situs judi online, bukan "
    "kemenangan sungguhan.",
    "Hasil penelusuran Cek Fakta menunjukkan akun itu kerap membagikan link situs slot dengan "
    "klaim gampang menang.",
    "Narasi \"main slot modal 10 ribu jadi 50 juta\" yang menyertai video itu adalah hoaks.",
    # numbers of arrests and blocked sites
    "Sepanjang 2024, Komdigi telah memblokir 2,1 juta konten judi online, termasuk 5.000 situs "
    "slot.",
    "Polda Metro Jaya menangkap 19 tersangka pengelola situs togel online dengan omzet miliaran "
    "rupiah.",
    "OJK meminta bank memblokir 8.000 rekening yang terkait dengan situs judi online dan pinjol "
    "ilegal.",
    # quotations with attribution
    "\"Jangan tergiur iklan slot gacor, semua itu jebakan,\" kata Menteri Komunikasi dan Digital.",
    "“Situs-situs itu menawarkan bonus deposit dan jaminan maxwin untuk menjerat korban,” ujar "
    "juru bicara Satgas.",
    "Ia mengaku awalnya tergiur iklan deposit 10 ribu bisa jadi jutaan di aplikasi slot, ujar "
    "istrinya.",
    "Polisi mengimbau masyarakat tidak mengklik tautan \"link alternatif\" yang dikirim lewat "
    "pesan singkat.",
    "Pelaku mempromosikan situs judi slot lewat akun Instagram dengan puluhan ribu pengikut, "
    "kata Dirreskrimsus.",
    # licence, payment and mechanics claims, reported
    "Bareskrim menyebut situs itu mengklaim berlisensi PAGCOR agar terlihat terpercaya di mata "
    "calon pemain.",
    "Para korban dijanjikan penarikan dana cepat dalam lima menit, tetapi saldo mereka tidak "
    "pernah bisa dicairkan, kata penyidik.",
    "Pemain mengaku memakai fitur turbo spin dan auto spin hingga saldonya habis dalam semalam, "
    "ungkap psikolog itu.",
    "Dalam persidangan, jaksa memaparkan bahwa terdakwa menerima Rp5 juta per bulan untuk "
    "mengiklankan situs slot gacor.",
    # brand-shaped tokens and prices without gambling around them
    "Timnas U23 menang 2-0 dan saldo poin mereka kini sembilan, unggul atas Vietnam.",
    "Ponsel Galaxy A55 dijual Rp5 juta, sementara pembeli yang deposit lewat bank mendapat "
    "potongan.",
    "Pesawat dengan nomor registrasi PK-GFA mendarat pukul 13.50 WIB di Bandara Juanda.",
    "Harga tiket kereta Bandung-Jakarta mulai Rp150 ribu sekali jalan.",
    "Tarif parkir di kawasan itu Rp5 ribu per jam untuk mobil.",
    "Kursus renang anak dipatok Rp100 ribu per sesi, kata pengelola kolam.",
)


# -- one example of our own for each lexicon family that only one shared row shows ---------
# (benchmarks/spam_lexicon_rows.py lists entries that fire in a single row of ../shared/spam
# and nowhere else; each here shows the family an entry belongs to.)
LEXICON_SPAM = (
    # games, providers and their mechanics
    "Sweet Bonanza lagi pecah, pengganda x100 keluar dari simbol scatter dan simbol wild.",
    "Game slots dengan 40 spins gratis, multiplier acak dan RNG yang adil dari provider slot "
    "ternama.",
    "Pragmatic demo bisa dicoba gratis sebelum main gulungan asli di casino games kami, tanpa "
    "wager.",
    "Permainan mesin slot dengan putaran gratis, prize jutaan rupiah dan provider resmi.",
    "Bandar togel 4D dan toto 4D terpercaya: keluaran togel hari ini dan nomor togel jitu.",
    "Agen judi bola dan bandar judi bola resmi, pasang mix parlay mulai 10 ribu.",
    # RTP spelled out, percentages, patterns and tips
    "RTP slot 97,5% hari ini: persentase kembali ke pemain paling tinggi, cek info RTP dan pola "
    "RTP sebelum main.",
    "Return to player atau kembali kepada pemain adalah kunci, pakai pola slot dan tips gacor "
    "kami.",
    # promotion, payment and links
    "Situs judi online uang asli, daftar akun slot baru dan langsung main dengan akun baru.",
    "Slot deposit pulsa, slot pulsa tanpa potongan, deposit via pulsa, gopay, e-wallet dan "
    "linkaja.",
    "Bonus referal dan rollingan mingguan untuk setiap referral, gaskeun bosku!",
    "Link gacor dan link judi terbaru 24 jam nonstop, anti lag dan mudah menang.",
    "Room gacor khusus pemain slot dan player slot, penggemar slot wajib coba.",
    "Slot terbaik dan paling gacor malam ini, tergacor se-Asia, ayo klik sekarang.",
    "Search di google atau type in google nama situsnya, slot online gacor paling dicari.",
    "Member baru pasti JP, min bet 200 perak di situs resmi kami.",
    # player slang
    "Kemarin rungkad, hari ini jepeh, saldo gw balik lagi bos, cuan deras.",
    "Dari saldo awal 50 ribu sempat rungkat, sekarang mabar sama teman tiap malam di slot.",
    "Deposit recehan, deposit pulsa murah, langsung tebak angka dan menang di togel online.",
)

# Reporting words, speech verbs and other senses that one shared row shows.
LEXICON_NEGATIVES = (
    "Kemkomdigi melanjutkan pemblokiran situs judi online yang diselipkan ke laman Diskominfo "
    "kabupaten.",
    "Tim Jatanras dan Resmob Polda membekuk sindikat perjudian yang menyita perhatian warga.",
    "Satuan reserse menyita ponsel milik selebgram yang menerima endorse situs judi slot.",
    "Polisi bekuk dua pemuda dan sita barang bukti berupa rekap judi togel, tuturnya.",
    "Ia menyampaikan bahwa pengundian lotre resmi negara itu disiarkan langsung, tutur dia.",
    "Kombes Ade menyebut Polri menerima laporan warganet soal peretasan laman lembaga "
    "pendidikan dengan teknik black hat SEO.",
    "Kemenag dilaporkan menyiapkan khotbah tentang bahaya lotre dan judi online, ucap pejabat "
    "itu.",
    "Hal itu ia ungkapkan saat kunjungan kerja, mengungkapkan keprihatinan atas judi online, "
    "pungkasnya.",
    "Operator menambah slot kuota internet untuk pelanggan dan slot SIM card kedua di ponsel "
    "barunya.",
    "Tim itu mengamankan slot wakil Asia dan direct slot ke putaran final, bukan slot langsung "
    "lewat playoff.",
    "Pemkot menata ruang terbuka publik (RTP) di bantaran sungai untuk warga.",
    "Video call memakai Real-time Transport Protocol (RTP) agar suara tidak tersendat.",
    "Nasabah diminta memakai situs resmi bank untuk mengecek saldo, bukan tautan dari pesan "
    "singkat.",
)


# A second set, written after the families above were built and not tuned on (issue 11).
MORE_SPAM = (
    "Udah 3 hari berturut-turut wd di 𝐌𝐀𝐍𝐓𝐔𝐋𝟕𝟕, gak nyesel gabung",
    "𝗛𝗢𝗞𝗜𝗠𝗔𝗦𝟴𝟴 pokoknya juara, depo 20 langsung maxwin",
    "S.A.K.T.I.9.9 cair terus bos, coba aja",
    "buat yang cari cuan, J_A_Y_A_1_3_8 jawabannya",
    "MANTUL💎77 sekali spin langsung jp gede",
    "ᵇᵒˢᵏᵘ ᵈᵉᵖᵒ ᵈⁱ ᴺᴬᴳᴬ⁸⁸ ʷᵈ ᵗᵉʳᵘˢ",
    "Ⓜⓐⓝⓣⓤⓛ⑦⑦ gacor banget hari ini, udah wd 5 juta",
    "Result Macau 4 kali sehari: tutup 13.00, 16.00, 19.00 dan 22.00 WIB, bonus deposit pulsa.",
    "Hadiah togel 4D 10.000 kali lipat, main di pasaran Hongkong tutup 22.45 WIB.",
    "Withdraw diproses dalam 1 menit, situs kami berlisensi PAGCOR dan terpercaya sejak 2015.",
    "Pola malam ini: spin manual 15x, turbo spin 30x, lalu auto spin 100x dengan bet 400.",
    "Scatter hitam turun 3 kali, free spin dengan pengali x1000, saldo langsung tembus puluhan juta.",
    "situs slot online TCP dan UDP adalah dua protokol transport yang paling umum digunakan.",
    "rtp live Jembatan itu diresmikan pada tahun 1990 oleh gubernur setempat.",
    "makasih 𝓚𝓘𝓛𝓐𝓣 udah bikin wd tiap hari",
    "k̶i̶l̶a̶t̶8̶8̶ mantap jiwa, wd lancar",
    "Live draw SGP hari ini tercepat, data keluaran HK 2024 lengkap dan paito warna.",
    "Situs resmi dan terpercaya, sudah tersertifikasi GLI dan PAGCOR, withdraw cuma 3 menit.",
    "Mahjong Ways 2: pakai bet 400, spin 30 kali, kalau scatter 3 muncul naikkan bet.",
    "Kisah Rian, pemuda asal Medan yang menang 250 juta dari bermain Mahjong Ways di situs ini.",
    "Buruan daftar di situs kami, bonus new member 100% dan cashback mingguan!",
    "Link daftar: https://kilat88.vip — admin fast respon via WA 081234567890.",
    "Pola gacor olympus: DC on, spin 20x manual, lalu turbo 50x.",
    "rtp slot pragmatic hari ini Menurut kamus, kata itu berasal dari bahasa Sanskerta.",
    "Gacor terus bos, tinggal pilih room yang lagi panas, dijamin JP.",
    "Pasaran togel: SGP 17:45, HK 23:00, SDY 13:50, Toto Macau 4x sehari.",
    'main di KI LAT 88 wd lancar terus',
    'PA NEN 77 gampang jp bosku',
    'cobain KILAT 88, depo 20 langsung wd',
    'Kilat-88 mantap, wd cair terus',
    'kilat.88 gacor parah',
)
# Other senses of the new vocabulary (3D films, stock markets, a car's turbo, m², a stylised
# quotation, a spelled-out banner) and more reports: never touched.
MORE_NEGATIVES = (
    "Polisi menyebut tersangka mempromosikan situs slot lewat grup WhatsApp dengan iming-iming wd cepat.",
    "\"Pelaku biasa memasang togel Hongkong yang tutup pukul 22.30,\" ujar Kasatreskrim.",
    "Komdigi memblokir 1.200 situs yang mengklaim berlisensi PAGCOR sepanjang Oktober.",
    "Cek Fakta: unggahan yang menyebut link slot gacor dari Kominfo adalah hoaks.",
    "Kursus bahasa Inggris itu menawarkan 12 sesi dengan tarif Rp50 ribu per sesi.",
    "Bus Transjakarta kini bisa dibayar lewat e-wallet, kata pengelola.",
    "Tim U19 menang 3-0 dan lolos sebagai juara grup, saldo gol mereka plus sembilan.",
    "Menurut psikolog, pemain judi online kerap terjebak ilusi kemenangan beruntun.",
    "Harga emas Antam naik Rp10 ribu per gram, kata pedagang di Pasar Baru.",
    "Pemerintah memperketat pengawasan rekening penampung dana judi slot, ujar Kepala PPATK.",
    "Luas lahan itu mencapai 1.200 m² dan emisi CO₂ pabrik turun 20 persen.",
    "Bioskop itu memutar film 3D 2 kali sehari dengan harga tiket Rp50 ribu.",
    "Printer 3D 5 kali lebih cepat itu dipamerkan di pameran teknologi.",
    "Kamera ponsel itu mendukung zoom 100x dan perekaman video 8K.",
    "Jadwal KRL: kereta dari Bogor tutup pintu 13.50 WIB dan tiba di Sudirman 14.40 WIB.",
    "Penerbangan Singapore Airlines tutup check-in 13.50 WIB.",
    "Pasar Hongkong tutup 16.00 waktu setempat dengan indeks Hang Seng melemah.",
    "Dia menulis di akun X-nya dengan huruf 𝐭𝐞𝐛𝐚𝐥: \"𝐉𝐚𝐧𝐠𝐚𝐧 𝐦𝐮𝐝𝐚𝐡 𝐦𝐞𝐧𝐲𝐞𝐫𝐚𝐡\".",
    "Warga memasang spanduk P-E-M-I-L-U D-A-M-A-I di depan balai desa.",
    "Produk itu dijual di toko daring dengan label 🔥PROMO🔥 dan ongkir gratis.",
    "Atlet angkat besi itu menang dan saldo medali Indonesia bertambah jadi 12.",
    "Aplikasi dompet digital itu menjanjikan transfer dalam 1 menit ke semua bank.",
    "Turbo mesin mobil itu bisa diatur manual 2x lebih responsif, kata mekanik.",
    "Samsung Galaxy S24 Ultra dijual Rp19 juta dengan bonus deposit pulsa bagi pembeli awal.",
    "Gim daring Mobile Legends menggelar turnamen dengan hadiah Rp1 miliar.",
    "Daftar pemain timnas U23 untuk Piala Asia diumumkan, termasuk kiper dari klub Persija.",
    "Warga bisa login ke aplikasi SatuSehat untuk melihat sertifikat vaksin COVID19 mereka.",
    "Daftar ulang mahasiswa baru angkatan 2024 dibuka lewat laman resmi kampus.",
    "Dia menulis 𝐓𝐞𝐫𝐢𝐦𝐚 𝐤𝐚𝐬𝐢𝐡 di akunnya setelah saldo donasi untuk korban banjir terkumpul.",
    "Pelatih itu menjamin timnya langsung menang dan auto lolos ke babak berikutnya.",
    "Nasabah bisa login ke BRImo lalu cek saldo dan riwayat transaksi kapan saja.",
    "Petugas meminta warga mengisi daftar hadir sebelum menerima bantuan beras 10 kilogram.",
    "Customer service bank itu dikenal fast response saat nasabah melapor kartu hilang.",
    "Tersangka dijerat Pasal 303 KUHP setelah polisi menemukan bukti deposit dan wd di ponselnya.",
    "Pasien COVID 19 di kota itu tinggal 12 orang, cuan pedagang masker pun turun drastis.",
    "Jalan Tol KM 57 sempat macet, para sopir mengaku cuan mereka berkurang.",
    "Bus nomor 88 kini melayani rute baru, kata sopir yang mengaku jp alias jarang pulang.",
    "Gardu Induk 150 kV padam dan pedagang kehilangan cuan sepanjang malam.",
)

# Calls to act in news that are no gambling promotion: spam rules leave them (the promo
# rules may judge them as calls to action, which is their business).
CALLS_TO_ACT_IN_NEWS = (
    "Klik tautan resmi pemerintah untuk mendaftar bansos, jangan percaya pesan berantai.",
    "Kunjungi www.bmkg.go.id untuk informasi cuaca terkini, kata kepala stasiun.",
)
