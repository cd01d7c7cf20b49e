"""Properties of every cleaning, checked with Hypothesis over generated and corpus text."""

from __future__ import annotations

import random

from hypothesis import example, given, note
from hypothesis import strategies as st

import cleanser
from cleanser import textshape
from tests.conftest import corpus_docs
from tests.invariants import assert_report_accounts_for_input
from tests.property_settings import fixed_or_explore

DOCS = corpus_docs()
CORPUS_LINES = sorted({line for d in DOCS for line in d.input.splitlines() if line.strip()})

SETTINGS = fixed_or_explore(150)

# Text shaped like scraped articles: real corpus lines (body and chrome) recombined, with
# blank lines, CRLF, stray whitespace and arbitrary characters mixed in.
corpus_line = st.sampled_from(CORPUS_LINES)
noise = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40
)
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\t\n", "\u2028"])
# Lines may repeat, and prose lines may be glued into one, a line to itself too (a scraper's
# copy of the story, the duplicate rules' family). Chrome glued to chrome is not drawn here.
PROSE_LINES = [line for line in CORPUS_LINES if textshape.is_body_paragraph(line)]
prose_line = st.sampled_from(PROSE_LINES)
glued_lines = st.one_of(
    st.lists(prose_line, min_size=2, max_size=3).map("".join),
    st.tuples(prose_line, st.integers(2, 3)).map(lambda t: t[0] * t[1]),
)
article_like = st.lists(
    st.one_of(corpus_line, corpus_line, corpus_line, noise, glued_lines), min_size=1, max_size=40
).flatmap(
    lambda parts: st.lists(separator, min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))
    )
)
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400)
documents = st.one_of(article_like, any_text, st.sampled_from([d.input for d in DOCS]))


@SETTINGS
@given(documents)
def test_every_character_is_kept_or_reported(text: str) -> None:
    assert_report_accounts_for_input(cleanser.clean(text))


@SETTINGS
@given(documents)
def test_cleaning_is_deterministic(text: str) -> None:
    first, second = cleanser.clean(text), cleanser.clean(text)
    assert first.text == second.text
    assert first.removals == second.removals


@SETTINGS
@given(documents)
@example(  # a headline before a call to action at the end: judged past the call to action
    "Warga yang rumahnya terendam diminta mengungsi ke balai desa sampai air surut, kata camat.\n"
    "Bupati Resmikan Saluran Irigasi Desa Hulu, Ratusan Hektare Sawah Terairi\n"
    "Ikuti berita terkini dari Harian Kita di Google News, klik di sini\n"
)
@example(  # "(*)" closing a paragraph with a tab after it: prose in the first pass too
    "Petugas memastikan tarif untuk pelajar yang datang bersama rombongan sekolah tetap "
    "sama seperti tahun lalu. (*)\t\n"
    "\"Kami sudah siapkan delapan armada tambahan untuk jam sibuk pagi dan sore hari,\" "
    "kata kepala dinas itu, Senin (16/6/2025).\n"
)
@example(  # initials closing the only paragraph: the paragraph is prose, so the title is one
    "Bank Sentral Tahan Suku Bunga, Rupiah Diperkirakan Stabil\n"
    "Menurut pejabat daerah itu, besaran gaji pegawai paruh waktu akan disesuaikan dengan "
    "kemampuan keuangan daerah masing-masing. (abc1/xyz)\n"
)
@example(  # a republication notice between the title and the story: both go in one pass
    "Banjir Rendam Tiga Desa di Hulu Sungai Citarum Sejak Senin Pagi\n"
    "Artikel ini telah tayang di Kontan.co.id dengan judul\n"
    '"Air naik sejak subuh dan belum surut sampai sekarang," kata Ujang, warga setempat.'
    "Baca juga: Harga Beras Naik Lagi di Pasar Induk\n"
)
@example(  # a video link glued after a read-also link at the line's start: both go in one pass
    "Baca Juga : Dewan Kota Tolak Usulan Kenaikan Tarif ParkirLihat juga Video: Antrean Kendaraan di Gerbang Tol Kota\n"
)
@example(  # a site pack's notice glued to its copy (two matches cover the line): the line goes
    # whole, so the dateline rule's opening paragraphs are counted past it in the first pass
    "Pemerintah kota mengumumkan rencana perbaikan jalan di tiga kecamatan mulai pekan depan.\n"
    + "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor "
    "Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan." * 2
    + "\nSuara.com - Warga diminta memperhatikan rambu pengalihan arus selama pekerjaan berlangsung.\n"
)
@example(  # lower-case lines around a headline and its copy: once both go no prose is left, and
    # with no story there is no tail for tag lines (fuzz counterexample, reduced)
    "aa\n" + "Kepala dinas mengatakan pekerjaan dilakukan pada malam hari agar lalu lintas tidak terganggu." * 2
    + "\x7f\r\ufeff"
    + "Kepala dinas mengatakan pekerjaan dilakukan pada malam hari agar lalu lintas tidak terganggu." * 2
    + "\x0caa"
)
@example(  # a bulleted read-also line before the headline: the title finder looks past it as
    # RL01 removes it, bullet and all (fuzz counterexample, reduced)
    "• Baca juga: Warga Keluhkan Jalan Berlubang di Pinggir Kota\nHarga Cabai Naik Lagi di Pasar Induk\n\n"
    "Pemerintah kota mengumumkan rencana perbaikan jalan di tiga kecamatan mulai pekan depan.\n"
)
@example(  # a quote printed twice on one line with a read-also link glued after each print: the
    # doubling shows once the links are cut, so the copy search finds the line that opens with
    # a run printed twice (explore-profile counterexample)
    ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap'
     ' Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di'
     ' Jalan Tunjungan') * 2 + "\n"
    + '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap'
    ' Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di'
    " Jalan TunjunganFollow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita terkini setiap"
    " hari dengan mengklik tautan ini.\n"
)
@example(  # the same doubled quote with a reproduction notice glued after it: the notice goes alone
    # (it took the whole line once the doubling was cut, a body loss on the second pass)
    ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap'
     ' Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di'
     ' Jalan Tunjungan') * 2
    + "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web"
    " ini tanpa izin tertulis dari Kantor Berita ANTARA.\n"
)
@example(  # a flattened story printed twice on one line: once the second print goes, the first
    # print's closing initials end the line, and MD04 reads the line as the cut leaves it
    ("Jakarta, CNN Indonesia -- Cuaca panas membuat sebagian orang ragu berolahraga di luar ruangan."
     " Dokter menyarankan olahraga dilakukan sebelum pukul 09.00 atau setelah pukul 16.00, kata Laras"
     " saat dihubungi, Rabu (18/6). (del/asr)") * 2 + "\n"
)
@example(  # a more-news invitation above the first lines goes (RL06): the title finder looks past
    # it as it goes (fuzz counterexample, reduced)
    "\udfffSimak berita terbaru di Google News\nThe council said the works would start next week and last"
    " abo\u2029 aWarga diminta memperhatikan rambu pengalihan arus selama pekerjaan berlangsung."
    * 1 + "Warga diminta memperhatikan rambu pengalihan arus selama pekerjaan berlangsung." * 3 + "\u03011-\ud800"
)
@example(  # a notice printed three times on one line: the copies go, and the notice left goes
    # too (the line is as long as what the copies leave of it; explore-profile counterexample)
    ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web"
     " ini tanpa izin tertulis dari Kantor Berita ANTARA.") * 3 + "\n"
)
@example(  # a profile glued after a quote and a glued read-also link: cut in the first pass, never whole
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Jalur Sepeda Baru Dibuka di Pusat KotaKeen writer covering'
    " city transport and lifestyle stories. Loves long train rides and sharing tips for daily commuters.\n"
)
@example(  # a site pack's banner printed three times on one line: over its max_words until the copies go
    "Warga menyambut baik rencana itu, kata kepala desa kepada wartawan pada Senin pagi.\n"
    + "Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten serumu, serta dapatkan"
    " berbagai reward menarik! Let’s join Z Creators dengan klik di sini." * 3 + "\n"
)
@example(  # a headline before initials alone at the end: judged past the initials, as once they are gone
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "5 Cara Memperpanjang Umur Baterai HP, Jangan Sering Isi Sampai 100 Persen\n(mkh/mkh)\n"
)
@example(  # a headline before a read-at-source footer printed twice on one line: the footer judged
    # as it reads once its copy is cut
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "5 Cara Memperpanjang Umur Baterai HP, Jangan Sering Isi Sampai 100 Persen\n"
    + 'Baca artikel CNN Indonesia "Klasemen MotoGP Usai GP Italia: Marquez Makin Kokoh" selengkapnya di sini:'
    " https://www.cnnindonesia.com/olahraga/20250622204510-156-1242510/klasemen-motogp-usai-gp-italia-marquez"
    "-makin-kokoh." * 2 + "\n"
)
@example(  # a footer glued to its own copy (the pack's pattern covers the first print, the copy the
    # second) above a paragraph printed twice: the footer line goes whole, so the dateline
    # opening the paragraph is found in the first pass
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.\n'
    + ('Baca artikel CNN Indonesia "Klasemen MotoGP Usai GP Italia: Marquez Makin Kokoh" selengkapnya di sini:'
       " https://www.cnnindonesia.com/olahraga/20250622204510-156-1242510/klasemen-motogp-usai-gp-italia-marquez"
       "-makin-kokoh.") * 2 + "\n"
    + ("BANGKOK  - Timnas futsal Indonesia keluar sebagai juara turnamen segi empat di Bangkok, Thailand, setelah"
       " menang 4-2 atas tuan rumah pada laga terakhir, Minggu (15/6/2025).Kemenangan itu membuat skuad asuhan"
       " pelatih Hector Souto mengoleksi tujuh poin dari tiga pertandingan, unggul satu poin atas Thailand.") * 2
    + "\n"
)
@example(  # a disclaimer glued after a site pack's notice: it goes in the same pass as the notice
    # (explore-profile counterexample, sentences rewritten)
    "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor "
    "Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.Disclaimer: Tulisan"
    " ini bukan ajakan untuk membeli atau menjual emas. Setiap keputusan investasi menjadi tanggung jawab"
    " pembaca sepenuhnya.\n"
)
@example(  # a quote printed again after a read-also link and a site pack's promo glued after it: the
    # second print goes in the first pass, as the chrome between does (explore-profile counterexample)
    ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap'
     ' Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di'
     " Jalan TunjunganFollow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita terkini setiap"
     " hari dengan mengklik tautan ini.") + '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada'
    ' jam sibuk. Tarifnya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Harga Cabai Naik Lagi\n'
)
@example(  # a dateline after a site pack's promo glued before it: it goes in the same pass as the
    # promo (explore-profile counterexample, sentences rewritten)
    "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor "
    "Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.Suara.com - Jembatan"
    " gantung yang menghubungkan dua dusun di lereng bukit putus diterjang banjir pada Minggu malam.\n"
)
@example(  # an English profile printed twice and glued to itself under a short Indonesian story: the
    # story's language is read without the copy, so the profile goes in the first pass
    # (explore-profile counterexample, sentences rewritten)
    "Jembatan gantung yang menghubungkan dua dusun di lereng bukit putus diterjang banjir pada Minggu malam,"
    " dan warga kini harus memutar sejauh sebelas kilometer untuk ke pasar.\n"
    + "Keen writer covering city transport and lifestyle stories for a wide audience. Loves long train rides"
    " and sharing tips for daily commuters in the city." * 2 + "\n"
)
@example(  # a dateline opening what is left of a line once the paragraphs printed again before it are
    # cut: read where the copies' cut leaves the line, in the same pass (explore-profile counterexample,
    # sentences rewritten)
    '"Kami sudah siapkan delapan armada tambahan untuk jam sibuk pagi dan sore hari," kata kepala dinas itu.\n'
    '"Kami sudah siapkan delapan armada tambahan untuk jam sibuk pagi dan sore hari," kata kepala dinas itu.'
    'Baca juga: Harga Cabai Naik Lagi di Pasar Induk"Asap tebal di kota itu diduga berasal dari kebakaran lahan'
    ' di kabupaten tetangga," kata petugas, Senin (16/6/2025).KOTA CONTOH - Warga kini harus memutar sejauh'
    ' sebelas kilometer untuk mencapai pasar terdekat di kecamatan sebelah.\n'
    '"Asap tebal di kota itu diduga berasal dari kebakaran lahan di kabupaten tetangga," kata petugas, Senin'
    " (16/6/2025).\n"
)
@example(  # a dateline opening the only paragraph, a notice glued after the paragraph: the notice goes
    # alone and the paragraph is still the story's opening, so the dateline goes in the same pass
    # (explore-profile counterexample, sentences rewritten)
    "KOTA CONTOH - Jembatan gantung yang menghubungkan dua dusun di lereng bukit putus diterjang banjir pada"
    " Minggu malam, kata kepala desa.Dilarang keras mengambil konten, melakukan crawling atau pengindeksan"
    " otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n"
)
@example(  # a flattened story printed twice on one line, its copyright footer glued before the second
    # print: the footer is read as the copy search leaves the line, and goes in the same pass
    # (explore-profile counterexample)
    ("Reporter: Sari Dewi | Editor: Bambang Irawan KABARKITA.CO.ID - MEDAN. Harga cabai merah di sejumlah pasar"
     " tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir. Pedagang menyebut pasokan dari"
     " sentra produksi di dataran tinggi berkurang karena hujan deras merusak tanaman. Dinas perdagangan berjanji"
     " menggelar operasi pasar mulai pekan depan di lima pasar besar. \"Kami akan pantau harga setiap hari sampai"
     ' kembali normal," kata kepala dinas itu. ©2025 Kabarkita. Kabarkita tidak bertanggung jawab atas isi situs'
     " eksternal.") * 2 + "\n"
)
@example(  # a site pack's promo glued before a quote printed twice, each print with a read-also link:
    # the doubling is read from where the promo leaves the line, in the same pass
    # (explore-profile counterexample at 4,000 draws)
    "Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk mendaftarkan diri anda"
    " sekarang juga!"
    + ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
       ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan') * 2
    + "\n"
)
@example(  # a byline opening a flattened story below a paragraph printed a dozen times: the byline
    # rule's window of first lines reaches past the repeats that go, as a second pass reads it
    # (explore-profile counterexample at 4,000 draws, reduced)
    ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
     ' pelajar gratis," tutur Irvan.\n') * 13
    + "Reporter: Sari Dewi | Editor: Bambang Irawan KABARKITA.CO.ID - MEDAN. Harga cabai merah di sejumlah pasar"
    " tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir. Pedagang menyebut pasokan dari"
    " sentra produksi di dataran tinggi berkurang karena hujan deras merusak tanaman.\n"
)
@example(  # a copyright footer glued inside a flattened line, a quote printed twice after it: the notice
    # goes alone and the story after it stays (it went to the line's end on a second pass, quotes and
    # all; explore-profile counterexample at 4,000 draws, reduced)
    "Harga cabai merah di sejumlah pasar tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir."
    ' "Kami akan pantau harga setiap hari sampai kembali normal," kata kepala dinas itu. ©2025 Kabarkita.'
    " Kabarkita tidak bertanggung jawab atas isi situs eksternal."
    + ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
       ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan') * 2
    + "\n"
)
@example(  # eleven prose lines, then a line another rule removes ("(*)", a photo credit), then a byline
    # opening the story: only prose paragraphs use up the byline rule's window, so the byline goes in
    # the first pass (explore-profile counterexamples at 4,000 draws, reduced)
    "".join(f"Warga di desa nomor {i} diminta waspada terhadap banjir susulan, kata petugas di lokasi kejadian"
            " kemarin sore.\n" for i in range(11))
    + "(*)\n(Kotacontoh.com/Nama Fotografer)\nReporter: Nama Wartawan | Editor: Nama Editor KOTA CONTOH - Jembatan"
    " gantung yang menghubungkan dua dusun di lereng bukit putus diterjang banjir pada Minggu malam, kata kepala"
    " desa.\n"
)
@example(  # a quote with a read-also link glued after it, printed again with the same link and a list
    # item glued after that: the second print of the quote goes in the first pass (a copy opening the
    # line), not only once the link is cut (explore-profile counterexample at 4,000 draws)
    "\n".join(['"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
               ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan'
               ' Tunjungan'] * 2)
    + "- 41 buku tabungan dan kartu ATM atas nama orang lain;\n"
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n'
)
@example(  # a paragraph printed twice on one line before a glued call to action: the call is read on
    # the line as the copy leaves it (over PR01's word limit with both prints), so it goes in the first
    # pass too (explore-profile counterexample at 1,000 draws)
    "Bulog absorbed most of the stock from farmers during the main harvest between March and May, buying"
    " unhusked rice at the government-set floor price." * 2
    + "Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten serumu, serta dapatkan"
    " berbagai reward menarik! Let’s join Z Creators dengan klik di sini.\n"
)
@example(  # the same quote and link, printed again with a numbered list item glued to the link's last
    # word ("Tunjungan1. ...") and a third print after it: a number glued after a word ends the copy
    # (explore-profile counterexample at 2,000 draws)
    "\n".join(['"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
               ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan'
               ' Tunjungan'] * 2)
    + "1. Penderekan kendaraan roda empat yang parkir di badan jalan;"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # a disclaimer glued to the last word of a read-also link's title: it goes in the same
    # pass as the link (it was found after a sentence's end only, once the link was cut;
    # explore-profile counterexample at 3,000 draws, sentences rewritten)
    '"Kami sudah siapkan delapan armada tambahan untuk jam sibuk pagi dan sore hari," kata kepala dinas itu.'
    "Baca juga: Harga Cabai Naik Lagi di Pasar IndukDisclaimer: Tulisan ini bukan ajakan untuk membeli atau"
    " menjual emas. Setiap keputusan investasi menjadi tanggung jawab pembaca sepenuhnya.\n"
)
@example(  # a reproduction notice opening a line, the story glued after it ("ANTARA.Souto ..."), and an
    # embed's residue inside: the notice goes alone in the first pass (the whole line went on a second
    # pass, story and all: a body loss; explore-profile counterexample from the rules helper)
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini"
    " tanpa izin tertulis dari Kantor Berita ANTARA.Souto mengaku puas dengan konsistensi anak asuhnya. Menurut"
    " dia, turnamen ini menjadi bekal berharga menjelang Piala AFF Futsal pada November.       View this post on"
    " Instagram              A post shared by SINDOnews (@sindonews) Sebelumnya, Indonesia bermain imbang 3-3"
    " melawan Jepang dan menang 5-1 atas Australia di laga pembuka.\n"
)
@example(  # a quote and its link printed again with a site pack's promo glued after the link: the copy
    # search reads the line without the pack's match, so the repeat goes in the first pass (explore-
    # profile counterexample at 3,000 draws)
    "\n".join(['"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
               ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan'
               ' Tunjungan'] * 2)
    + "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta"
    " Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.\n"
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n'
)
@example(  # the same, with the pack's promo glued before the second print: the copy search reads the
    # line without it too (explore-profile counterexample at 3,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta"
    " Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan."
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n'
)
@example(  # "0º" (a number and an ordinal mark) alone above a story with a site pack's promo glued to it:
    # read as a disguised brand at the threshold once the promo went (explore-profile counterexample at
    # 3,000 draws); a number with an ordinal or degree mark is no disguise
    "0º\nAnggota Komisi VIII DPR, Ahmad Fauzan, meminta Kemenag mengumumkan hasil evaluasi secara terbuka. Ia juga"
    " meminta pemerintah meninjau ulang skema pembagian kuota haji tambahan.Fakta atau Hoaks? Untuk mengetahui"
    " kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya"
    " dengan ketik kata kunci yang diinginkan.\n"
)
@example(  # the same with the mark before the digit ("º0"): two characters are too short for a disguise
    "º0\nAnggota Komisi VIII DPR, Ahmad Fauzan, meminta Kemenag mengumumkan hasil evaluasi secara terbuka. Ia juga"
    " meminta pemerintah meninjau ulang skema pembagian kuota haji tambahan.Fakta atau Hoaks? Untuk mengetahui"
    " kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya"
    " dengan ketik kata kunci yang diinginkan.\n"
)
@example(  # and between digits ("0º0"): one letter among digits is too little for a disguise
    "0º0\nAnggota Komisi VIII DPR, Ahmad Fauzan, meminta Kemenag mengumumkan hasil evaluasi secara terbuka. Ia juga"
    " meminta pemerintah meninjau ulang skema pembagian kuota haji tambahan.Fakta atau Hoaks? Untuk mengetahui"
    " kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya"
    " dengan ketik kata kunci yang diinginkan.\n"
)
@example(  # and "0Aº": two letters and a digit make no brand in disguise
    "0Aº\nAnggota Komisi VIII DPR, Ahmad Fauzan, meminta Kemenag mengumumkan hasil evaluasi secara terbuka. Ia juga"
    " meminta pemerintah meninjau ulang skema pembagian kuota haji tambahan.Fakta atau Hoaks? Untuk mengetahui"
    " kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya"
    " dengan ketik kata kunci yang diinginkan.\n"
)
@example(  # and "0ABº" above a promo and a sentence of gambling news: a disguised word with a digit and
    # no brand shape or gambling root is under the threshold alone (explore counterexample at 3,000 draws)
    "0ABº\nFakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek"
    " Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.Sepanjang 2024, Komdigi"
    " menyebut telah menurunkan lebih dari 5 juta konten perjudian daring, termasuk iklan slot di media sosial"
    " dan aplikasi pesan instan.\n"
)
@example(  # a notice printed twice at a line's opening, the story glued after it and opening with a word
    # in capitals ("ANTARA.NATO merespons"): the notice goes alone in the first pass, read as the copy
    # leaves the line, and the story's first sentence stays (explore counterexample at 3,000 draws)
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini"
    " tanpa izin tertulis dari Kantor Berita ANTARA." * 2
    + "NATO merespons dengan serius. Rutte menegaskan bahwa NATO siap bekerja sama dengan Korea Selatan. Ia"
    " menyarankan agar Seoul mengirim delegasi ke markas NATO untuk berbagi informasi lebih lanjut. Kami sangat"
    " prihatin dengan perkembangan ini dan siap mendukung Korsel dalam menjaga stabilitas kawasan,” ujar Rutte.\n"
)
@example(  # a headline before a bare "Baca Juga:" and the title RL01 takes with it (":a"): the headline is
    # judged past that title, as once both are gone (explore counterexample at 3,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "AS Tuduh Korut Kirim Ribuan Tentara ke Rusia untuk Perang di Ukraina\nBaca Juga:\n:a\n"
)
@example(  # a notice opening a line, a quote glued after it ('ANTARA."Sekarang') and printed twice: the
    # notice ends before the quote (its first sentence went with it, a body loss) and the copy search
    # reads the line without the notice, so the second print goes in the first pass (explore
    # counterexample at 3,000 draws)
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini"
    " tanpa izin tertulis dari Kantor Berita ANTARA."
    + '"Sekarang saja hari biasa sepi. Kalau naik lagi, jangan-jangan orang pilih ke Pantai Depok atau Goa'
    ' Cemara," ujar Marsinah (52), pedagang makanan di kawasan itu.' * 2
    + "\n"
)
@example(  # a headline before a video lead-in ending with ':' that EM02 removes whatever stands around
    # it: the headline is judged past the lead-in, as once it is gone (explore counterexample at 2,000
    # draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Cara Mengecek Apakah Situs Kantor Anda Disusupi Konten Judi Online\nSaksikan video di bawah ini:\n"
)
@example(  # a feed's header, then a paragraph printed again (it goes whole, DU04), then the feed's items:
    # the block is read past the copy, as once it is gone (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Terpopuler\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Hamas Kecam Pernyataan...\nJembatan Putus, Siswa di Kupang Seberangi Sungai dengan Tali\n"
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n'
)
@example(  # an English profile printed twice and glued to itself, on two lines at the end: the second line
    # goes whole (DU02 and AB01), and the first is then the last prose line, read for a profile in the
    # same pass (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n'
    + ("Passionate writer covering travel, transportation and lifestyle news. Loves exploring the archipelago"
       " and sharing practical tips for travelers." * 2 + "\n") * 2
)
@example(  # a headline before an English author profile at the end: judged past the profile (AB01), as
    # once it is gone
    "Pemerintah kota membuka pendaftaran bantuan modal usaha bagi pedagang kecil mulai awal bulan ini.\n"
    "Lima Tips Aman Berkendara Saat Hujan\n"
    "Passionate writer covering travel, transportation and lifestyle news. Loves exploring the archipelago"
    " and sharing practical tips for travelers.\n"
)
@example(  # a headline before the tail's tag lines ("aset daerah", "0"): judged past the tags NV03 removes,
    # as once they are gone (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Hamas Kecam Pernyataan Presiden Otoritas Palestina Mahmoud Abbas soal Tawanan Gaza\naset daerah\n0\n"
)
@example(  # a caption with an outlet's credit glued after it, then "(*)": the credit closes the text once the
    # initials are gone, and goes in the same pass (explore counterexample at 2,000 draws)
    "Kabut asap tipis terlihat di Jalan Sudirman, Pekanbaru, Senin pagi. (Liputan6.com/Rahmat Hidayat)\n(*)\n"
)
@example(  # the same caption before a call to action (PR01 removes it whole): the credit closes the text once
    # the call is gone (explore counterexample at 2,000 draws)
    "Kabut asap tipis terlihat di Jalan Sudirman, Pekanbaru, Senin pagi. (Liputan6.com/Rahmat Hidayat)\n"
    ". Pastikan kamu sudah install aplikasi WhatsApp ya.\n"
)
@example(  # and before a relative timestamp alone (FD02 removes it whole) (explore counterexample at 2,000
    # draws)
    "Kabut asap tipis terlihat di Jalan Sudirman, Pekanbaru, Senin pagi. (Liputan6.com/Rahmat Hidayat)\n"
    "1 jam yang lalu\n"
)
@example(  # a paragraph closed by Tribun's "(*)" printed twice on the story's first line: the pack's mark
    # goes from every print in the first pass, the line read as the copy's cut leaves it (explore
    # counterexample at 2,000 draws)
    ("Perbekel Desa Sanur Kaja, I Made Sukerta, mengaku desanya sudah mengolah sampah organik menjadi kompos"
     " sejak dua tahun lalu. Kompos itu dijual kepada petani dan pengelola hotel di kawasan Sanur. (*)") * 2
    + "\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    + ("TRIBUN-BALI.COM, DENPASAR - Tempat Pembuangan Akhir (TPA) Suwung di Denpasar akan ditutup secara bertahap"
       " mulai Agustus 2025. Setiap desa dan kelurahan di Denpasar diwajibkan mengolah sampah organik di"
       " wilayahnya sendiri.") * 2
    + "\n"
    + ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
       ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n') * 2
)
@example(  # a corpus story closing with initials, "(del/asr)", then its opening quote printed again and a
    # read-also link glued after it: the initials close the line once the copy (DU02) and the link (RL01)
    # are cut, and go in the same pass (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan'
    + next(line for line in CORPUS_LINES if line.startswith("Jakarta, CNN Indonesia -- Cuaca panas"))
    + '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # a dateline opening a paragraph with a call to action glued after its sentences (a pack's promo,
    # "Agustus.Dapatkan ..."): the line is still story, its dateline goes in the first pass, and the sentence
    # before the glued call stays (explore counterexample at 2,000 draws)
    "TRIBUNJABAR.ID, BANDUNG - Pemerintah Kota Bandung akan merevitalisasi Teras Cihampelas yang selama beberapa"
    " tahun terakhir sepi pengunjung. Anggaran sebesar Rp 12 miliar disiapkan untuk pekerjaan yang dimulai"
    " Agustus.Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk mendaftarkan diri"
    ' anda sekarang juga!"We are seeing a different Jakarta at night now. People work later, and they need a safe'
    ' and affordable way to get home," he told reporters on Thursday.\n'
)
@example(  # Indozone's Z Creators banner glued after two other outlets' paragraphs on one line: the pack's
    # banner goes glued too, in the first pass (its call to action went on a second pass, once the
    # dateline's cut brought the line under the call rule's word limit; explore counterexample)
    "TRIBUNJOGJA.COM, BANTUL - Pemerintah Kabupaten Bantul menaikkan tarif retribusi masuk kawasan Pantai"
    " Parangtritis dari Rp 10.000 menjadi Rp 15.000 per orang mulai 1 Juli 2025.jpnn.com, JAKARTA - Badan"
    " Kepegawaian Negara (BKN) meminta pemerintah daerah segera mengusulkan kebutuhan formasi PPPK paruh waktu"
    " sebelum batas akhir 30 Juni 2025.Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan"
    " konten serumu, serta dapatkan berbagai reward menarik! Let’s join Z Creators dengan klik di sini.\n"
)
@example(  # an author line naming the outlet below a paragraph and its copy (which goes whole, DU04): near
    # the top once the copy is gone, so it goes in the first pass (explore counterexample at 2,000 draws)
    ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
     ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan') * 2
    + "\n"
    + ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
       ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan') * 2
    + "\nAditya Pramana (The Jakarta Post)\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # the Z Creators banner glued onto the last word of a read-also link's title ("TunjunganKonten"):
    # the link goes, and the banner with it in the same pass (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan'
    "Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten serumu, serta dapatkan"
    " berbagai reward menarik! Let’s join Z Creators dengan klik di sini.\n"
)
@example(  # a caption's credit before a read-also line (RL01 removes it whole): the credit closes the text once
    # the link is gone, and goes in the same pass (explore counterexample at 2,000 draws)
    "Kabut asap tipis terlihat di Jalan Sudirman, Pekanbaru, Senin pagi. (Liputan6.com/Rahmat Hidayat)\n"
    "Baca Juga : Dewan Pers Tolak Pasal Larangan Liputan Investigasi\n"
)
@example(  # an English profile glued after the story's sentences on a line a few words over the profile
    # rule's limit, which the dateline's cut brings under it: the profile is looked for at the end of a
    # long line too, in the first pass (explore counterexample at 2,000 draws)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "Jakarta, CNN Indonesia -- Marc Marquez semakin kokoh di puncak klasemen MotoGP 2025 usai menjuarai GP Italia"
    " di Sirkuit Mugello, Minggu (22/6). Pembalap Ducati Lenovo itu kini unggul 61 poin atas pesaing"
    " terdekatnya.Dinkes Sleman menegaskan pengasapan atau fogging hanya dilakukan bila ada kasus yang"
    " terkonfirmasi di satu lingkungan. Warga diminta tetap menjalankan gerakan 3M Plus, yaitu menguras, menutup,"
    " dan mendaur ulang barang bekas, ditambah mencegah gigitan nyamuk.Journalism graduate with a passion for"
    " media and technology. With experience in SEO writing, shares insights on the latest trends and"
    " developments in the digital world.\n"
)
@example(  # a quote closed by a date in brackets, an English profile glued after it ("(16/6/2025).Journalism")
    # and a disclaimer after both: once the disclaimer went, the profile was read as the line's story and the
    # quote before it as a profile in another language, and went (a body loss on the second pass). A period
    # after a closing bracket, glued to a capital, ends a sentence (explore counterexample at 2,000 draws)
    '"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah'
    ' tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).Journalism graduate with a'
    " passion for media and technology. With experience in SEO writing, shares insights on the latest trends and"
    " developments in the digital world.Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan dari"
    " CNBC Indonesia Research. Analisis ini tidak bertujuan untuk mengajak pembaca untuk membeli, menahan, atau"
    " menjual produk atau sektor investasi terkait. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami"
    " tidak bertanggung jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan tersebut.\n"
)
@example(  # the Z Creators banner opening a line, a quote and a read-also link glued after it: the banner goes
    # alone, up to its own last words, in the first pass (explore counterexample at 2,000 draws)
    "Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten serumu, serta dapatkan"
    " berbagai reward menarik! Let’s join Z Creators dengan klik di sini."
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # the banner printed three times on the first line, above a headline: each print is matched, the
    # line goes whole and the title finder looks past it in the first pass (explore counterexample)
    ("Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten serumu, serta dapatkan"
     " berbagai reward menarik! Let’s join Z Creators dengan klik di sini.") * 3
    + "\nAS Tuduh Korut Kirim Ribuan Tentara ke Rusia untuk Perang di Ukraina\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # a disclaimer printed twice at a line's opening, the story's paragraph glued after it: the
    # disclaimer ran to the line's end, so the glued second print took the story with it (a body loss);
    # it now ends where the story resumes (explore counterexample at 2,000 draws)
    "Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan dari CNBC Indonesia Research. Analisis"
    " ini tidak bertujuan untuk mengajak pembaca untuk membeli, menahan, atau menjual produk atau sektor"
    " investasi terkait. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami tidak bertanggung jawab"
    " terhadap segala kerugian maupun keuntungan yang timbul dari keputusan tersebut." * 2
    + "Korea Utara (Korut) telah mengirimkan sekitar 10.000 pasukan ke Rusia untuk mendukung pertempuran melawan"
    " Ukraina. Tindakan ini membuat Menteri Pertahanan Amerika Serikat (AS) Lloyd Austin dan Menteri Pertahanan"
    " Korea Selatan (Korsel) Kim Yong-hyun mendesak Korut untuk segera menarik pasukannya.\n"
)
@example(  # a caption whose credit a site pack cuts (Tribun's closing credit), above a headline-shaped line:
    # the title finder read the caption without its credit, as no known chrome, and found no title; once
    # the caption went, the line below was the title (explore counterexample at 2,000 draws; on the stop's
    # base code too)
    "Suasana Teras Cihampelas, Kota Bandung, Senin (16/6/2025). (TRIBUNJABAR.ID/RIZKY FAUZI)\n"
    "2. Alex Marquez (Gresini Ducati) - 196 poin\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # a related headline before a copy of the title at the end (DU01 removes it whole): the headline
    # is judged past the copy, as a second pass reads it (explore counterexample at 3,000 draws)
    "Indonesia to keep rice imports at zero as Bulog stock hits record\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
    "5 Cara Memperpanjang Umur Baterai HP, Jangan Sering Isi Sampai 100 Persen\n"
    "Indonesia to keep rice imports at zero as Bulog stock hits record\n"
)
@example(  # an author line naming the outlet above the headline (MD02 removes it at the top): the title
    # finder looks past it, as a second pass reads the text (explore counterexample at 2,000 draws)
    "Aditya Pramana (The Jakarta Post)\n"
    "Gempa M 5,6 Guncang Sukabumi, Warga Sempat Berhamburan Keluar Rumah\n"
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # an investment disclaimer whose second sentence speaks to the reader ("Pelajari dan analisis ..."),
    # a notice glued after it: the disclaimer was ended after its first sentence, as if the story resumed
    # (explore counterexample at 2,000 draws)
    "Disclaimer: Setiap keputusan investasi ada di tangan pembaca. Pelajari dan analisis sebelum membeli dan"
    " menjual saham. Liputan6.com tidak bertanggung jawab atas keuntungan dan kerugian yang timbul dari keputusan"
    " investasi.Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs"
    " web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n"
)
@example(  # a notice opening a line, the story, a read-also link and the notice again glued onto the link's
    # title ("TunjunganDilarang"): a line got one notice reading, so the closing notice went on a second pass
    # (explore counterexample, on the stop's base code too)
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini"
    " tanpa izin tertulis dari Kantor Berita ANTARA."
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan'
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini"
    " tanpa izin tertulis dari Kantor Berita ANTARA.\n"
)
@example(  # spam glued without a space to a pack's promo ("... setiap hari!Fakta atau Hoaks?"): the spam
    # reading split sentences only at spaces, so the spam's last sentence went on a second pass
    # (explore counterexample of last stop, left open then)
    'Bagi Anda yang mencari hiburan, situs slot gacor terpercaya SLOTJAYA88 menyediakan link alternatif a'
    'nti blokir dengan RTP live tertinggi hari ini. Daftar sekarang dan dapatkan bonus new member 100% se'
    'rta maxwin setiap hari!Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan '
    'WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan'
    '.\n'
)
@example(  # a paragraph printed again with its read-also link and an outlet's promo glued onto the link's
    # last word ("TunjunganBaca artikel ..."): RL01 took "Baca" for a brand's inner capital, cut the title
    # short, and the copy went on a second pass (explore counterexample of an earlier stop, left open then)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
    ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tu'
    'njunganBaca artikel CNN Indonesia "Klasemen MotoGP Usai GP Italia: Marquez Makin Kokoh" selengkapnya'
    ' di sini: https://www.cnnindonesia.com/olahraga/20250622204510-156-1242510/klasemen-motogp-usai-gp-i'
    'talia-marquez-makin-kokoh.\n'
)
@example(  # an article printed twice, its first paragraph opening with a dateline without a dash: DL01 cut
    # it from the first print only, so the second pass read the prints as different paragraphs and the
    # repeat rule removed a quote (explore counterexample, twice this stop; on the base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\nFimela.com, Jakarta Pameran Batik Pesisir Nusantara resmi dibuka di Museum Tekstil Jakarta, Sabt'
    'u (21/6/2025). Pameran ini menghadirkan 200 kain batik langka dari Lasem, Pekalongan, Cirebon, hingg'
    'a Madura.Fimela.com, Jakarta Pameran Batik Pesisir Nusantara resmi dibuka di Museum Tekstil Jakarta,'
    ' Sabtu (21/6/2025). Pameran ini menghadirkan 200 kain batik langka dari Lasem, Pekalongan, Cirebon, '
    'hingga Madura.\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifn'
    'ya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan '
    'di Jalan Tunjungan\nFimela.com, Jakarta Pameran Batik Pesisir Nusantara resmi dibuka di Museum Teksti'
    'l Jakarta, Sabtu (21/6/2025). Pameran ini menghadirkan 200 kain batik langka dari Lasem, Pekalongan,'
    ' Cirebon, hingga Madura.Fimela.com, Jakarta Pameran Batik Pesisir Nusantara resmi dibuka di Museum T'
    'ekstil Jakarta, Sabtu (21/6/2025). Pameran ini menghadirkan 200 kain batik langka dari Lasem, Pekalo'
    'ngan, Cirebon, hingga Madura.\n'
)
@example(  # a headline before a staff line of joined labels ("Redaktur & Reporter : Nama"): the known chrome
    # read one label before the colon, so RL03 judged the headline by the staff line, and by the end on a
    # second pass (explore counterexample; on the base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\nPakistan Tutup Wilayah Udara untuk Maskapai India, Beri Peringatan Tentang Perjanjian Pembagian '
    'Air\nRedaktur & Reporter : Fathan Sinaga\n'
)
@example(  # an article printed twice, its last paragraph closed by a desk code ("(RO/Z-1)"): MD04 cut it from
    # the last print only, so the second pass read the prints as different paragraphs and the repeat rule
    # removed a quote (explore counterexample; on the base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\nRapat evaluasi berikutnya dijadwalkan pada Senin (15/4) di kantor gubernur dengan seluruh kepala'
    ' dinas dan camat. (RO/Z-1)\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam s'
    'ibuk. Tarifnya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai'
    ' Diterapkan di Jalan Tunjungan\nRapat evaluasi berikutnya dijadwalkan pada Senin (15/4) di kantor gub'
    'ernur dengan seluruh kepala dinas dan camat. (RO/Z-1)\n'
)
@example(  # an English profile glued between a read-also title and the quote printed again ("TunjunganPassionate
    # writer ... travelers.\"Armada ..."): AB01 read a glued profile only to the line's end, so it went on a second
    # pass once the copy was cut (the open family of earlier stops; explore counterexample, base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'ganPassionate writer covering travel, transportation and lifestyle news. Loves exploring the archipe'
    'lago and sharing practical tips for travelers."Armada yang kami siapkan delapan bus dengan interval '
    '15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Met'
    'er Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # a disclaimer opening the line, a quote and its read-also link printed twice after it: the copy
    # search read the line with the disclaimer, so the doubled run did not open it until a second pass
    # (explore counterexample; base code too)
    'Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan dari CNBC Indonesia Research. Ana'
    'lisis ini tidak bertujuan untuk mengajak pembaca untuk membeli, menahan, atau menjual produk atau se'
    'ktor investasi terkait. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami tidak bertanggung '
    'jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan tersebut."Armada yang ka'
    'mi siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar gra'
    'tis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan"Armada yang'
    ' kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar '
    'gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
@example(  # two lines glued into one, the second printed again with a disclaimer glued after it: the copy
    # search read that line with the disclaimer, so the glued copy went on a second pass (explore
    # counterexample; base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
    ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tu'
    'njungan"Asap di Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa ang'
    'in dari arah tenggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).\n"Asap d'
    'i Pekanbaru diduga berasal dari kebakaran lahan di kabupaten tetangga yang terbawa angin dari arah t'
    'enggara," kata prakirawan BMKG Pekanbaru, Sandra Oktaviani, Senin (16/6/2025).Disclaimer: Artikel in'
    'i adalah produk jurnalistik berupa pandangan dari CNBC Indonesia Research. Analisis ini tidak bertuj'
    'uan untuk mengajak pembaca untuk membeli, menahan, atau menjual produk atau sektor investasi terkait'
    '. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami tidak bertanggung jawab terhadap segala '
    'kerugian maupun keuntungan yang timbul dari keputusan tersebut.\n'
)
@example(  # a disclaimer opening the story's first line, the story resuming after it, and a headline: the story
    # finder read the line as a notice, so RL03 judged the headline differently on a second pass (explore
    # counterexample; base code too)
    'Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan dari CNBC Indonesia Research. Ana'
    'lisis ini tidak bertujuan untuk mengajak pembaca untuk membeli, menahan, atau menjual produk atau se'
    'ktor investasi terkait. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami tidak bertanggung '
    'jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan tersebut."Armada yang ka'
    'mi siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar gra'
    'tis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\nKasus DBD d'
    'i Sleman Naik Dua Kali Lipat, Dinkes Minta Warga Lakukan 3M Plus\n'
)
@example(  # a quote printed twice with its link, then a caption sentence closed by "(OUTLET/NAME)": the
    # paragraph was no prose until MD04 cut the credit, so the repeat rule read the story's end differently on a
    # second pass (explore counterexample; base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
    ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tu'
    'njungan\nSiswa SD di Desa Oelnasi menyeberangi sungai dengan berpegangan pada tali, Senin (16/6/2025)'
    '.(KOMPAS.COM/MARKUS LEDE)\n'
)
@example(  # the last paragraph printed twice on its line at the top and at the end, closed by "(*)": MD04
    # cut the initials of the last only, so the first read differently on a second pass (explore counterexample;
    # base code too)
    'Perbekel Desa Sanur Kaja, I Made Sukerta, mengaku desanya sudah mengolah sampah organik menjadi komp'
    'os sejak dua tahun lalu. Kompos itu dijual kepada petani dan pengelola hotel di kawasan Sanur. (*)Pe'
    'rbekel Desa Sanur Kaja, I Made Sukerta, mengaku desanya sudah mengolah sampah organik menjadi kompos'
    ' sejak dua tahun lalu. Kompos itu dijual kepada petani dan pengelola hotel di kawasan Sanur. (*)\n"Ar'
    'mada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000,'
    ' pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan'
    '\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.'
    '000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunju'
    'ngan\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap R'
    'p 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan T'
    'unjungan\nPerbekel Desa Sanur Kaja, I Made Sukerta, mengaku desanya sudah mengolah sampah organik men'
    'jadi kompos sejak dua tahun lalu. Kompos itu dijual kepada petani dan pengelola hotel di kawasan San'
    'ur. (*)Perbekel Desa Sanur Kaja, I Made Sukerta, mengaku desanya sudah mengolah sampah organik menja'
    'di kompos sejak dua tahun lalu. Kompos itu dijual kepada petani dan pengelola hotel di kawasan Sanur'
    '. (*)\n'
)
@example(  # an English profile opening the second paragraph, its dateline after it: DL01 read the opening
    # with the profile, which AB01 cuts, so the dateline went on a second pass (explore counterexample; base
    # code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\nJournalism graduate with a passion for media and technology. With experience in SEO writing, sha'
    'res insights on the latest trends and developments in the digital world.BANJARMASINPOST.CO.ID, MARTA'
    'PURA - Jumlah pedagang di Pasar Terapung Lok Baintan, Kecamatan Sungai Tabuk, Kabupaten Banjar, teru'
    's menyusut. Pada Minggu pagi, hanya sekitar 30 jukung yang terlihat berjualan di Sungai Martapura.\n'
)
@example(  # an English profile opening a flattened line of more than 90 words: read only at a long line's end,
    # so it went on a second pass once a read-also link was cut (explore counterexample; base code too)
    'Passionate writer covering travel, transportation and lifestyle news. Loves exploring the archipelag'
    'o and sharing practical tips for travelers.BANGKOK  - Timnas futsal Indonesia keluar sebagai juara t'
    'urnamen segi empat di Bangkok, Thailand, setelah menang 4-2 atas tuan rumah pada laga terakhir, Ming'
    'gu (15/6/2025).Kemenangan itu membuat skuad asuhan pelatih Hector Souto mengoleksi tujuh poin dari t'
    'iga pertandingan, unggul satu poin atas Thailand.Baca Juga: Jadwal Piala AFF Futsal 2025, Indonesia '
    'Satu Grup dengan Vietnam Dua gol Indonesia dicetak oleh pivot Rizky Ardiansyah, sementara dua gol la'
    'innya lahir dari tendangan jarak jauh Firman Adriansyah dan Dewa Rizki.\n'
)
@example(  # a quote, its link and an English profile glued after it, printed three times: AB01 cut the last
    # print's profile only, so the prints read differently on a second pass (explore counterexample; base code
    # too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'ganPassionate writer covering travel, transportation and lifestyle news. Loves exploring the archipe'
    'lago and sharing practical tips for travelers.\n"Armada yang kami siapkan delapan bus dengan interval'
    ' 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Me'
    'ter Elektronik Mulai Diterapkan di Jalan TunjunganPassionate writer covering travel, transportation '
    'and lifestyle news. Loves exploring the archipelago and sharing practical tips for travelers.\n"Armad'
    'a yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pe'
    'lajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan TunjunganPas'
    'sionate writer covering travel, transportation and lifestyle news. Loves exploring the archipelago a'
    'nd sharing practical tips for travelers.\n'
)
@example(  # a byline and dateline opening the story after a copy of the quote and its link glued before them:
    # MD05 read the line from its start, so they went on a second pass once the copy was cut (explore
    # counterexample; base code too)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'gan\n"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp'
    ' 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tu'
    'njunganReporter: Sari Dewi | Editor: Bambang Irawan KABARKITA.CO.ID - MEDAN. Harga cabai merah di se'
    'jumlah pasar tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir. Pedagang menyeb'
    'ut pasokan dari sentra produksi di dataran tinggi berkurang karena hujan deras merusak tanaman. Ikut'
    'i kabar terbaru Kabarkita langsung di WhatsApp Anda. Dinas perdagangan berjanji menggelar operasi pa'
    'sar mulai pekan depan di lima pasar besar.(Baca: Operasi Pasar Digelar di Lima Kecamatan, Warga Dimi'
    'nta Bawa KTP) "Kami akan pantau harga setiap hari sampai kembali normal," kata kepala dinas itu. Cek'
    ' Berita dan Artikel yang lain di Google News. ©2025 Kabarkita. Kabarkita tidak bertanggung jawab ata'
    's isi situs eksternal."Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk.'
    ' Tarifnya tetap Rp 5.000, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Dite'
    'rapkan di Jalan Tunjungan\n'
)
@example(  # a disclaimer glued onto a read-also title between a quote and its second print: the copy search
    # cut the disclaimer to the line's end, second print included, so the copy went on a second pass (explore
    # counterexample of an intermediate commit of this stop; the base code was right)
    '"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.0'
    '00, pelajar gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjun'
    'ganDisclaimer: Artikel ini adalah produk jurnalistik berupa pandangan dari CNBC Indonesia Research. '
    'Analisis ini tidak bertujuan untuk mengajak pembaca untuk membeli, menahan, atau menjual produk atau'
    ' sektor investasi terkait. Keputusan sepenuhnya ada pada diri pembaca, sehingga kami tidak bertanggu'
    'ng jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan tersebut."Armada yang'
    ' kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya tetap Rp 5.000, pelajar '
    'gratis," tutur Irvan.Baca juga: Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan\n'
)
def test_cleaning_is_idempotent(text: str) -> None:
    note(f"input: {text!r}")
    once = cleanser.clean(text).text
    assert cleanser.clean(once).text == once


@SETTINGS
@given(st.randoms(use_true_random=False), st.sampled_from(DOCS))
def test_shuffled_corpus_documents_keep_the_contract(rnd: random.Random, doc) -> None:
    lines = doc.input.splitlines()
    rnd.shuffle(lines)
    assert_report_accounts_for_input(cleanser.clean("\n".join(lines)))


EDGE_CASES = [
    "",
    " ",
    "\n\n\n",
    "\t \r\n \u00a0 \u3000",
    "\x00",
    "a\x00b\x00c",
    "x" * 200_000,
    ("kata " * 50_000).strip(),
    "Baris satu\r\nBaris dua\r\n\r\nBaris tiga",
    "Mixed: English, Bahasa Indonesia, 中文, العربية, русский, 🙂",
    "\ufeffBOM di awal teks ini.",
    "Baca juga:",
    "Baca juga:\n",
    "SEOUL -",
    "- - -",
    "...",
    "\u200b\u200c\u200d",
    "🅱🅰🅲🅰 🅹🆄🅶🅰",
]


def test_edge_cases_return_a_result_with_the_contract() -> None:
    for text in EDGE_CASES:
        result = cleanser.clean(text)
        assert isinstance(result, cleanser.Result)
        assert_report_accounts_for_input(result)
        assert cleanser.clean(result.text).text == result.text


def test_blank_input_is_reported_as_empty() -> None:
    for text in ("", " \n\t\n"):
        result = cleanser.clean(text)
        assert result.status == "empty"
        assert result.text == ""
        assert result.notes


def test_corpus_documents_keep_the_contract() -> None:
    for doc in DOCS:
        assert_report_accounts_for_input(cleanser.clean(doc.input, doc.url))


@SETTINGS
@given(
    st.text(alphabet=st.sampled_from(list("ab. \t\u00a0\u3000\x1c\x1f\u2009-")), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=3),
)
def test_the_copy_finder_reads_a_cut_line_as_the_pipeline_writes_it(text: str, spans: list[tuple[int, int]]) -> None:
    """The copy finder's view of a line once spans are cut out of it (cleanser.analysis.copies)
    is the line the pipeline writes (pipeline._join), so that it searches what a second pass
    reads; and every kept character maps back to its offset in the input."""
    from cleanser.analysis import copies
    from cleanser.document import Line
    from cleanser.pipeline import _join

    line_text = "x" + text + "y"  # a line starts and ends with a non-space character here
    line = Line(0, 0, line_text)
    cuts: list[tuple[int, int]] = []
    for start, length in spans:  # disjoint cuts of non-space characters at both ends
        start = min(start, len(line_text) - 1)
        end = min(start + length, len(line_text))
        while start < end and line_text[start].isspace():
            start += 1
        while end > start and line_text[end - 1].isspace():
            end -= 1
        if start < end and all(end <= a or start >= b for a, b in cuts):
            cuts.append((start, end))
    cuts.sort()
    pieces, cursor = [], 0
    for start, end in cuts:
        if start > cursor:
            pieces.append(line_text[cursor:start])
        cursor = end
    if cursor < len(line_text):
        pieces.append(line_text[cursor:])
    view = copies._View(line, line_text.strip(), False, 0, ((0, 0, len(line_text)),))
    for start, end in reversed(cuts):
        view = copies._cut(view, *copies._local(view, start, end))
    assert view.text == _join(pieces).strip()
    for at, char in enumerate(view.text):
        if not char.isspace():
            assert line_text[view.offset(at)] == char
