<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <source>{0} cells selected.</source>
        <translation>{0} sel dipilih.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ditambah manual</translation>
    </message>
    <message>
        <source>corrected (the model said {0})</source>
        <translation>dikoreksi (model menyebut {0})</translation>
    </message>
    <message>
        <source>model {0} sure</source>
        <translation>model yakin {0}</translation>
    </message>
    <message>
        <source>not counted ({0})</source>
        <translation>tidak dihitung ({0})</translation>
    </message>
    <message>
        <source>classifier stages: </source>
        <translation>tahap pengklasifikasi: </translation>
    </message>
    <message>
        <source>Click</source>
        <extracomment>What the mouse and the keys the view handles itself (not actions) do.</extracomment>
        <translation>Klik</translation>
    </message>
    <message>
        <source>select a white cell; on a spot without one: add a cell there, then its class key</source>
        <translation>pilih leukosit; di tempat kosong: tambah sel di sana, lalu tombol kelasnya</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Shift+klik</translation>
    </message>
    <message>
        <source>always add a cell, even inside another cell&apos;s box</source>
        <translation>selalu tambah sel, bahkan di dalam kotak sel lain</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <source>add a cell to the selection (Gallery: Ctrl/Shift+click)</source>
        <translation>tambah sel ke pilihan (Galeri: Ctrl/Shift+klik)</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Seret</translation>
    </message>
    <message>
        <source>draw the box of a missed cell, then its class key</source>
        <translation>gambar kotak sel yang terlewat, lalu tombol kelasnya</translation>
    </message>
    <message>
        <source>Drag a selected box&apos;s corner</source>
        <translation>Seret sudut kotak yang dipilih</translation>
    </message>
    <message>
        <source>resize the box</source>
        <translation>ubah ukuran kotak</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Klik kanan</translation>
    </message>
    <message>
        <source>the cell&apos;s menu: class, corrections, explain</source>
        <translation>menu sel: kelas, koreksi, penjelasan</translation>
    </message>
    <message>
        <source>Middle-drag / wheel</source>
        <translation>Seret tombol tengah / roda</translation>
    </message>
    <message>
        <source>pan / zoom the field</source>
        <translation>geser / perbesar lapang</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous white cell in reading order</source>
        <translation>leukosit berikut / sebelumnya menurut urutan baca</translation>
    </message>
    <message>
        <source>Gallery: drag</source>
        <translation>Galeri: seret</translation>
    </message>
    <message>
        <source>drop the selected cells on another class row</source>
        <translation>jatuhkan sel terpilih ke baris kelas lain</translation>
    </message>
    <message>
        <source>Gallery: double-click</source>
        <translation>Galeri: klik ganda</translation>
    </message>
    <message>
        <source>see the cell in its field</source>
        <translation>lihat sel di lapangnya</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Mouse and view</source>
        <translation>Tetikus dan tampilan</translation>
    </message>
    <message>
        <source>Every other command is in the menus: Alt and the underlined letter.</source>
        <translation>Semua perintah lain ada di menu: Alt dan huruf yang bergaris bawah.</translation>
    </message>
    <message>
        <source>Keys and mouse</source>
        <translation>Tombol dan tetikus</translation>
    </message>
    <message>
        <source>Go on anyway? Your choice is kept in the audit trail.</source>
        <translation>Tetap lanjut? Pilihan Anda disimpan di jejak audit.</translation>
    </message>
    <message>
        <source>Finish slide</source>
        <translation>Selesaikan sediaan</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Tetap selesaikan</translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Catatan (opsional):</translation>
    </message>
    <message>
        <source>Sign slide</source>
        <translation>Tanda tangani sediaan</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Tetap tanda tangani</translation>
    </message>
    <message>
        <source>Operator name (the slide becomes read-only):</source>
        <translation>Nama pemeriksa (sediaan menjadi hanya-baca):</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Tidak ditandatangani</translation>
    </message>
    <message>
        <source>{0} has no signing PIN yet: set one in Settings, then sign.</source>
        <translation>{0} belum punya PIN tanda tangan: atur di Pengaturan, lalu tanda tangani.</translation>
    </message>
    <message>
        <source>Signing PIN of {0}:</source>
        <translation>PIN tanda tangan {0}:</translation>
    </message>
    <message>
        <source>That is not the signing PIN of {0}.</source>
        <translation>Itu bukan PIN tanda tangan {0}.</translation>
    </message>
    <message>
        <source>adding a cell</source>
        <extracomment>A store action&apos;s kind -&gt; what a person calls it.</extracomment>
        <translation>penambahan sel</translation>
    </message>
    <message>
        <source>resizing a cell</source>
        <translation>pengubahan ukuran sel</translation>
    </message>
    <message>
        <source>class change</source>
        <translation>perubahan kelas</translation>
    </message>
    <message>
        <source>deleting a false detection</source>
        <translation>penghapusan deteksi keliru</translation>
    </message>
    <message>
        <source>marking not counted</source>
        <translation>penandaan tidak dihitung</translation>
    </message>
    <message>
        <source>counting again</source>
        <translation>penghitungan ulang</translation>
    </message>
    <message>
        <source>accepting</source>
        <translation>penerimaan</translation>
    </message>
    <message>
        <source>removing a field</source>
        <translation>pengeluaran lapang</translation>
    </message>
    <message>
        <source>re-analysing the field</source>
        <translation>analisis ulang lapang</translation>
    </message>
    <message>
        <source>editing the slide details</source>
        <translation>pengubahan data sediaan</translation>
    </message>
    <message>
        <source>finishing the slide</source>
        <translation>penyelesaian sediaan</translation>
    </message>
    <message>
        <source> of 1 cell</source>
        <translation> dari 1 sel</translation>
    </message>
    <message>
        <source> of {0} cells</source>
        <translation> dari {0} sel</translation>
    </message>
    <message>
        <source> in field {0}</source>
        <translation> di lapang {0}</translation>
    </message>
    <message>
        <source>Slide not deleted</source>
        <translation>Sediaan tidak dihapus</translation>
    </message>
    <message>
        <source>A signed slide cannot be deleted; unsign it first (an audited act).</source>
        <translation>Sediaan yang sudah ditandatangani tidak bisa dihapus; batalkan tanda tangannya dulu (tercatat di audit).</translation>
    </message>
    <message>
        <source>Delete slide</source>
        <translation>Hapus sediaan</translation>
    </message>
    <message>
        <source>Delete slide {0} with its {1} fields and {2} cells? Reason (kept in the audit trail):</source>
        <translation>Hapus sediaan {0} beserta {1} lapang dan {2} sel? Alasan (disimpan di jejak audit):</translation>
    </message>
    <message>
        <source>Slide {0} deleted.</source>
        <translation>Sediaan {0} dihapus.</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The corrections offered by the Edit menu and the context menu, in that order.</extracomment>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Remove field {0} ({1}) and its {2} white cells from the count? Undo (Ctrl+Z) brings it back.</source>
        <translation>Keluarkan lapang {0} ({1}) dan {2} leukositnya dari hitungan? Urungkan (Ctrl+Z) mengembalikannya.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Delete false detection</source>
        <translation>Hapus deteksi keliru</translation>
    </message>
    <message>
        <source>Not counted: {0}</source>
        <translation>Tidak dihitung: {0}</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Hitung lagi</translation>
    </message>
    <message>
        <source>Accept and go to next to review</source>
        <translation>Terima dan ke sel berikut yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Next cell to review</source>
        <translation>Sel berikut yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Lapang berikutnya</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Lapang sebelumnya</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Paskan</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Re-analyse field</source>
        <translation>Analisis ulang lapang</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Keluarkan lapang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Explain: what the classifier looked at</source>
        <translation>Jelaskan: apa yang dilihat pengklasifikasi</translation>
    </message>
    <message>
        <source>Capture field</source>
        <translation>Ambil lapang</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Tampilkan label</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>Tampilkan papan tombol</translation>
    </message>
    <message>
        <source>&amp;New slide…</source>
        <translation>Sediaan &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open images…</source>
        <translation>&amp;Buka gambar…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Buka &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Import a model…</source>
        <translation>&amp;Impor model…</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Sediaan</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Ekspor laporan…</translation>
    </message>
    <message>
        <source>Export &amp;PDF summary…</source>
        <translation>Ekspor ringkasan &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Cetak ringkasan…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Basis &amp;data…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Orang…</translation>
    </message>
    <message>
        <source>P&amp;ublish profile…</source>
        <translation>Terb&amp;itkan profil…</translation>
    </message>
    <message>
        <source>&amp;Lab adaptation…</source>
        <translation>Adaptasi &amp;laboratorium…</translation>
    </message>
    <message>
        <source>Export &amp;training data…</source>
        <translation>Ekspor data &amp;pelatihan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Keys and mouse…</source>
        <translation>&amp;Tombol dan tetikus…</translation>
    </message>
    <message>
        <source>&amp;Finish slide…</source>
        <translation>&amp;Selesaikan sediaan…</translation>
    </message>
    <message>
        <source>&amp;Sign slide…</source>
        <translation>&amp;Tanda tangani sediaan…</translation>
    </message>
    <message>
        <source>&amp;Unsign slide…</source>
        <translation>&amp;Batalkan tanda tangan…</translation>
    </message>
    <message>
        <source>Edit slide &amp;details…</source>
        <translation>Ubah &amp;data sediaan…</translation>
    </message>
    <message>
        <source>&amp;Delete slide…</source>
        <translation>&amp;Hapus sediaan…</translation>
    </message>
    <message>
        <source>Key  Category</source>
        <extracomment>Hidden in this order when the panel is narrow: 95% CI, absolute count, reference range.</extracomment>
        <translation>Tombol  Kategori</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IK 95%</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Sample / slide</source>
        <translation>Sampel / sediaan</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Lapang</translation>
    </message>
    <message>
        <source>WBC counted</source>
        <translation>Leukosit dihitung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>YOLO detection set (images + one label file each)</source>
        <translation>Set deteksi YOLO (gambar + satu berkas label per gambar)</translation>
    </message>
    <message>
        <source>COCO JSON (images + annotations.json)</source>
        <translation>COCO JSON (gambar + annotations.json)</translation>
    </message>
    <message>
        <source>White-cell crops in class folders</source>
        <translation>Potongan leukosit dalam folder per kelas</translation>
    </message>
    <message>
        <source>Training data written to {0}: {1} slide(s), {2} cells.</source>
        <translation>Data pelatihan ditulis ke {0}: {1} sediaan, {2} sel.</translation>
    </message>
    <message>
        <source>Exporting training data</source>
        <translation>Mengekspor data pelatihan</translation>
    </message>
    <message>
        <source>Training data not written</source>
        <translation>Data pelatihan tidak ditulis</translation>
    </message>
    <message>
        <source>Loading the models</source>
        <translation>Pemuatan model</translation>
    </message>
    <message>
        <source> (adapted)</source>
        <translation> (diadaptasi)</translation>
    </message>
    <message>
        <source>{0}: {1} on {2}</source>
        <translation>{0}: {1} pada {2}</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <source>{0}: the analysis</source>
        <translation>{0}: analisis</translation>
    </message>
    <message>
        <source>Images or a zip of cell images</source>
        <translation>Gambar atau zip gambar sel</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Buka gambar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>No slide open</source>
        <translation>Tidak ada sediaan terbuka</translation>
    </message>
    <message>
        <source>Create or open a slide first, then add its fields.</source>
        <translation>Buat atau buka sediaan dulu, lalu tambahkan lapangnya.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>S&amp;ediaan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Sign in — SmearCount</source>
        <extracomment>Start-up benchmarks: quit as soon as the window is up (bench/startup.py).</extracomment>
        <translation>Masuk — SmearCount</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>teknisi</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>peninjau</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>{0} ({1}) on {2}</source>
        <translation>{0} ({1}) di {2}</translation>
    </message>
    <message>
        <source>{0} at {1} since {2}</source>
        <translation>{0} di {1} sejak {2}</translation>
    </message>
    <message>
        <source>Slide in use</source>
        <translation>Sediaan sedang dipakai</translation>
    </message>
    <message>
        <source>This slide is open at another station: {0}. Open it here to look at it only, or take it over (the other station then takes no more changes to it)?</source>
        <translation>Sediaan ini terbuka di stasiun lain: {0}. Buka di sini hanya untuk dilihat, atau ambil alih (stasiun lain tidak dapat lagi mengubahnya)?</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Hanya lihat</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ambil alih</translation>
    </message>
    <message>
        <source>Following the other station</source>
        <translation>Mengikuti stasiun lain</translation>
    </message>
    <message>
        <source>{0} at {1} deleted this slide: there is nothing more to see.</source>
        <translation>{0} di {1} menghapus sediaan ini: tidak ada lagi yang bisa dilihat.</translation>
    </message>
    <message>
        <source>{0} at {1} signed this slide.</source>
        <translation>{0} di {1} menandatangani sediaan ini.</translation>
    </message>
    <message>
        <source>{0} at {1} finished counting this slide.</source>
        <translation>{0} di {1} selesai menghitung sediaan ini.</translation>
    </message>
    <message>
        <source>Nobody has this slide open now: the other station closed it, or stopped answering.</source>
        <translation>Sekarang tidak ada yang membuka sediaan ini: stasiun lain sudah menutupnya, atau berhenti menjawab.</translation>
    </message>
    <message>
        <source>Take it over to count on it here.</source>
        <translation>Ambil alih untuk menghitungnya di sini.</translation>
    </message>
    <message>
        <source>{0} took this slide over: this window takes no more changes to it.</source>
        <translation>{0} mengambil alih sediaan ini: jendela ini tidak lagi menerima perubahan.</translation>
    </message>
    <message>
        <source>{0} Nothing is counted until it answers again; everything shown is saved on the server.</source>
        <translation>{0} Tidak ada yang dihitung sampai server menjawab lagi; semua yang tampil sudah tersimpan di server.</translation>
    </message>
    <message>
        <source>The lab server answers again; the slide was read again from it.</source>
        <translation>Server laboratorium menjawab lagi; sediaan dibaca ulang darinya.</translation>
    </message>
    <message>
        <source>Lab adaptation refitted: {0} stage(s), {1} switched on.</source>
        <translation>Adaptasi laboratorium disesuaikan ulang: {0} tahap, {1} diaktifkan.</translation>
    </message>
    <message>
        <source>Fitting the lab adaptation</source>
        <translation>Menyesuaikan adaptasi laboratorium</translation>
    </message>
    <message>
        <source>{0} stopped on an unexpected error ({1}). See the log.</source>
        <translation>{0} berhenti karena galat tak terduga ({1}). Lihat log.</translation>
    </message>
    <message>
        <source>The camera sent a picture in a format that cannot be shown.</source>
        <translation>Kamera mengirim gambar dalam format yang tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>{0} stopped.</source>
        <translation>{0} berhenti.</translation>
    </message>
    <message>
        <source>{0} stopped sending pictures (unplugged or busy?). Plug it in (or close the other program) and press Start.</source>
        <translation>{0} berhenti mengirim gambar (tercabut atau sibuk?). Pasang kamera (atau tutup program lain itu) lalu tekan Mulai.</translation>
    </message>
    <message>
        <source>That camera is no longer connected. Plug it in and press Start.</source>
        <translation>Kamera itu tidak terhubung lagi. Pasang kamera lalu tekan Mulai.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {0}. Press Start to try again.</source>
        <translation>Kamera melaporkan masalah: {0}. Tekan Mulai untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Keep counting on this computer</source>
        <translation>Lanjutkan menghitung di komputer ini</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Waiting to be sent to the lab server: {0}.</source>
        <translation>Menunggu dikirim ke server laboratorium: {0}.</translation>
    </message>
    <message>
        <source>Copying the slide to this computer</source>
        <translation>Menyalin sediaan ke komputer ini</translation>
    </message>
    <message>
        <source>Counting on this computer — will be sent to the lab server when it answers again.</source>
        <translation>Menghitung di komputer ini — akan dikirim ke server laboratorium saat server menjawab lagi.</translation>
    </message>
    <message>
        <source>Not copied to this computer</source>
        <translation>Tidak disalin ke komputer ini</translation>
    </message>
    <message>
        <source>Sending to the lab server</source>
        <translation>Mengirim ke server laboratorium</translation>
    </message>
    <message>
        <source>Sent to the lab server</source>
        <translation>Terkirim ke server laboratorium</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>{0} It keeps waiting on this computer; send it with Send now.</source>
        <translation>{0} Sediaan tetap menunggu di komputer ini; kirim dengan Kirim sekarang.</translation>
    </message>
    <message>
        <source>The models could not be loaded, so there is nothing to explain with (the status bar says why).</source>
        <translation>Model tidak dapat dimuat, jadi tidak ada yang dapat dipakai untuk menjelaskan (bilah status menyebut alasannya).</translation>
    </message>
    <message>
        <source>This cell was not typed by a classifier (its label is the detector&apos;s).</source>
        <translation>Sel ini tidak dijeniskan oleh pengklasifikasi (labelnya dari detektor).</translation>
    </message>
    <message>
        <source>Publish a profile</source>
        <translation>Terbitkan profil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>The lab profile&apos;s name (empty: the profile&apos;s own name):</source>
        <translation>Nama profil laboratorium (kosong: nama profil itu sendiri):</translation>
    </message>
    <message>
        <source>Publishing {0}…</source>
        <translation>Menerbitkan {0}…</translation>
    </message>
    <message>
        <source>Publishing the profile</source>
        <translation>Menerbitkan profil</translation>
    </message>
    <message>
        <source>Published as {0} v{1}: every station of the lab counts with it.</source>
        <translation>Diterbitkan sebagai {0} v{1}: setiap stasiun laboratorium menghitung dengannya.</translation>
    </message>
    <message>
        <source>Profile not published</source>
        <translation>Profil tidak diterbitkan</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Models: not loaded yet</source>
        <translation>Model: belum dimuat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Models: {0} (loaded for the next analysis)</source>
        <translation>Model: {0} (dimuat untuk analisis berikutnya)</translation>
    </message>
    <message>
        <source>Analysing {0} of {1}</source>
        <translation>Menganalisis {0} dari {1}</translation>
    </message>
    <message>
        <source>Models: loading {0}…</source>
        <translation>Model: memuat {0}…</translation>
    </message>
    <message>
        <source>Models: </source>
        <translation>Model: </translation>
    </message>
    <message>
        <source>Models: not available</source>
        <translation>Model: tidak tersedia</translation>
    </message>
    <message>
        <source>Models not available</source>
        <translation>Model tidak tersedia</translation>
    </message>
    <message>
        <source>Fields are still added and can be counted by hand. Fix the slide&apos;s model profile (its files, or import the model again), then Re-analyse (Ctrl+R) loads it again.</source>
        <translation>Lapang tetap ditambahkan dan bisa dihitung manual. Perbaiki profil model sediaan (berkasnya, atau impor ulang modelnya), lalu Analisis ulang (Ctrl+R) memuatnya lagi.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>camera default</source>
        <extracomment>How long the image folder source shows each image: a technician&apos;s pause on a place. What the technician chooses from: where the frames come from.</extracomment>
        <translation>bawaan kamera</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>Ambil (Spasi)</translation>
    </message>
    <message>
        <source>Auto-capture each new place once it is still and sharp</source>
        <translation>Ambil otomatis setiap tempat baru saat diam dan tajam</translation>
    </message>
    <message>
        <source>Live count</source>
        <translation>Hitung langsung</translation>
    </message>
    <message>
        <source>Draw the detector&apos;s white cells on the live view, as a capture would count</source>
        <translation>Gambar leukosit dari detektor di tampilan langsung, seperti yang akan dihitung saat diambil</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Cermin</translation>
    </message>
    <message>
        <source>Exposure </source>
        <translation>Pencahayaan </translation>
    </message>
    <message>
        <source>No camera running. Choose a source and press Start.</source>
        <translation>Tidak ada kamera berjalan. Pilih sumber lalu tekan Mulai.</translation>
    </message>
    <message>
        <source>Camera {0} (OpenCV)</source>
        <translation>Kamera {0} (OpenCV)</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Berkas video…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Folder gambar…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Folder gambar</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Berkas video</translation>
    </message>
    <message>
        <source>Videos ({0})</source>
        <translation>Video ({0})</translation>
    </message>
    <message>
        <source>Counting the live view…</source>
        <translation>Menghitung tampilan langsung…</translation>
    </message>
    <message>
        <source>In view: {0} WBC · slide so far: {1}</source>
        <translation>Dalam tampilan: {0} leukosit · sediaan sejauh ini: {1}</translation>
    </message>
    <message>
        <source>Press Start to play it again.</source>
        <translation>Tekan Mulai untuk memutarnya lagi.</translation>
    </message>
    <message>
        <source>{0} fps</source>
        <translation>{0} fps</translation>
    </message>
    <message>
        <source>focus {0}</source>
        <translation>fokus {0}</translation>
    </message>
    <message>
        <source>Not captured: this is field {0} again. Move the stage to a new place.</source>
        <translation>Tidak diambil: ini lapang {0} lagi. Geser meja sediaan ke tempat baru.</translation>
    </message>
    <message>
        <source>Not captured: this place was just captured. Move the stage.</source>
        <translation>Tidak diambil: tempat ini baru saja diambil. Geser meja sediaan.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Select a cell first (click, or Tab).</source>
        <translation>Pilih sel dulu (klik, atau Tab).</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Diurungkan</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa diurungkan.</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Diulangi</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Tidak ada yang bisa diulangi.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>{0}: {1} ({2} / 100 WBC)</source>
        <translation>{0}: {1} ({2} / 100 leukosit)</translation>
    </message>
    <message>
        <source>WBC {0} ×10⁹/L</source>
        <translation>Leukosit {0} ×10⁹/L</translation>
    </message>
    <message>
        <source>corrected WBC {0}</source>
        <translation>leukosit terkoreksi {0}</translation>
    </message>
    <message>
        <source>BLASTS: {0} ({1}%)</source>
        <translation>BLAS: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Target of {0} cells reached</source>
        <translation>Target {0} sel tercapai</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>This computer (its own slides)</source>
        <translation>Komputer ini (sediaannya sendiri)</translation>
    </message>
    <message>
        <source>Lab server (the slides of every station)</source>
        <translation>Server laboratorium (sediaan semua stasiun)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Kata sandi Anda</translation>
    </message>
    <message>
        <source>The server address, your name and your password are needed.</source>
        <translation>Alamat server, nama, dan kata sandi Anda diperlukan.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Connecting to the lab server</source>
        <translation>Koneksi ke server laboratorium</translation>
    </message>
    <message>
        <source>Connected: {0} can work here.</source>
        <translation>Terhubung: {0} dapat bekerja di sini.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The slide database</source>
        <extracomment>How a message reaches the person; replaced in tests (a modal dialog would block them).</extracomment>
        <translation>Basis data sediaan</translation>
    </message>
    <message>
        <source>{0} Your earlier work is in the database and its daily backups; run python -m app slides verify to see what is damaged.</source>
        <translation>{0} Pekerjaan Anda sebelumnya ada di basis data dan cadangan hariannya; jalankan python -m app slides verify untuk melihat yang rusak.</translation>
    </message>
    <message>
        <source>SmearCount</source>
        <translation>SmearCount</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Masalah tak terduga</translation>
    </message>
    <message>
        <source>SmearCount met an unexpected problem ({0}). Your work up to this point is saved. Details are in the log file.</source>
        <translation>SmearCount menemui masalah tak terduga ({0}). Pekerjaan Anda sampai saat ini tersimpan. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Select one cell to explain.</source>
        <translation>Pilih satu sel untuk dijelaskan.</translation>
    </message>
    <message>
        <source>Explaining the selected cell…</source>
        <translation>Menjelaskan sel yang dipilih…</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Bright = what mattered for &apos;{0}&apos; ({1}); {2} forward passes, {3} s.</source>
        <translation>Terang = yang penting untuk &apos;{0}&apos; ({1}); {2} lintasan, {3} dtk.</translation>
    </message>
</context>
<context>
    <name>FieldIntake</name>
    <message>
        <source>Import stopped when the slide was closed: {0} image(s) stored as fields (analysed when the slide is opened again), {1} not read.</source>
        <translation>Impor berhenti saat sediaan ditutup: {0} gambar disimpan sebagai lapang (dianalisis saat sediaan dibuka lagi), {1} tidak terbaca.</translation>
    </message>
    <message>
        <source>Opening {0} image(s)…</source>
        <translation>Membuka {0} gambar…</translation>
    </message>
    <message>
        <source>Slide signed</source>
        <translation>Sediaan ditandatangani</translation>
    </message>
    <message>
        <source>This slide is signed; unsign it to add fields.</source>
        <translation>Sediaan ini sudah ditandatangani; batalkan tanda tangan untuk menambah lapang.</translation>
    </message>
    <message>
        <source>Field {0}: {1}. Consider capturing it again.</source>
        <translation>Lapang {0}: {1}. Pertimbangkan untuk mengambilnya lagi.</translation>
    </message>
    <message>
        <source>Some images were not added or not analysed</source>
        <translation>Beberapa gambar tidak ditambahkan atau tidak dianalisis</translation>
    </message>
    <message>
        <source>Analysis finished.</source>
        <translation>Analisis selesai.</translation>
    </message>
</context>
<context>
    <name>FieldStrip</name>
    <message>
        <source>analysing…</source>
        <translation>menganalisis…</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>analisis gagal</translation>
    </message>
    <message>
        <source>{0} WBC</source>
        <translation>{0} leuko.</translation>
    </message>
    <message>
        <source>✓ reviewed</source>
        <translation>✓ ditinjau</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>cell {0}, field {1}</source>
        <extracomment>The dragged cells travel as their ids, so any row can take them.</extracomment>
        <translation>sel {0}, lapang {1}</translation>
    </message>
    <message>
        <source>{0} selected: press a class key or drag them onto a row.</source>
        <translation>{0} dipilih: tekan tombol kelas atau seret ke sebuah baris.</translation>
    </message>
    <message>
        <source>Click a cell to select it (Ctrl/Shift+click for more); double-click to see it in its field.</source>
        <translation>Klik sel untuk memilihnya (Ctrl/Shift+klik untuk lebih); klik ganda untuk melihatnya di lapangnya.</translation>
    </message>
    <message>
        <source>No white cells yet: they appear here once fields are analysed.</source>
        <translation>Belum ada leukosit: akan muncul di sini setelah lapang dianalisis.</translation>
    </message>
</context>
<context>
    <name>LabAdaptationDialog</name>
    <message>
        <source>Lab adaptation</source>
        <translation>Adaptasi laboratorium</translation>
    </message>
    <message>
        <source>SmearCount learns this lab&apos;s microscope from the cells you confirmed or corrected (reviewed, relabelled, accepted with Enter) on slides of the profile &apos;{0}&apos;. A fit is checked on whole slides it did not see and types new analyses only when it beats the models alone by {1} of top-1 there (from {2} slides on). Cells already typed keep their labels; re-analyse a field to retype it.</source>
        <translation>SmearCount mempelajari mikroskop laboratorium ini dari sel yang Anda konfirmasi atau koreksi (ditinjau, diganti kelasnya, diterima dengan Enter) pada sediaan profil &apos;{0}&apos;. Hasil penyesuaian diuji pada sediaan utuh yang belum dilihatnya dan hanya mengklasifikasi analisis baru bila di sana mengungguli model saja sebesar {1} top-1 (mulai {2} sediaan). Sel yang sudah diklasifikasi tetap kelasnya; analisis ulang lapang untuk mengklasifikasi ulang.</translation>
    </message>
    <message>
        <source>Use the lab adaptation for new analyses</source>
        <translation>Gunakan adaptasi untuk analisis baru</translation>
    </message>
    <message>
        <source>Refit now</source>
        <translation>Sesuaikan ulang sekarang</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>This profile has no classifier.</source>
        <translation>Profil ini tidak punya pengklasifikasi.</translation>
    </message>
    <message>
        <source>Fitting… (the window can be used meanwhile)</source>
        <translation>Menyesuaikan… (jendela tetap bisa dipakai)</translation>
    </message>
    <message>
        <source>Lab adaptation not fitted</source>
        <translation>Adaptasi tidak disesuaikan</translation>
    </message>
    <message>
        <source>Lab adaptation not reset</source>
        <translation>Adaptasi tidak diatur ulang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmearCount — Slides</source>
        <translation>SmearCount — Sediaan</translation>
    </message>
    <message>
        <source> (signed, read-only)</source>
        <translation> (ditandatangani, hanya-baca)</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (selesai)</translation>
    </message>
    <message>
        <source> (counting on this computer — will be sent to the lab server)</source>
        <translation> (menghitung di komputer ini — akan dikirim ke server laboratorium)</translation>
    </message>
    <message>
        <source> (looking only: open at another station)</source>
        <translation> (hanya lihat: terbuka di stasiun lain)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Impor berhenti</translation>
    </message>
    <message>
        <source>Unsign slide</source>
        <translation>Batalkan tanda tangan</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>Alasan (disimpan di jejak audit):</translation>
    </message>
    <message>
        <source>Profile saved: {0}</source>
        <translation>Profil disimpan: {0}</translation>
    </message>
    <message>
        <source>Slides from {0}.</source>
        <translation>Sediaan dari {0}.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Pengaturan tidak disimpan</translation>
    </message>
    <message>
        <source>Lab adaptation not refitted: </source>
        <translation>Adaptasi tidak disesuaikan ulang: </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Dihitung sebagai</translation>
    </message>
    <message>
        <source>Classes (in output order)</source>
        <translation>Kelas (urutan keluaran)</translation>
    </message>
    <message>
        <source>Colour order</source>
        <translation>Urutan warna</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Rentang masukan</translation>
    </message>
    <message>
        <source>Detector output format</source>
        <translation>Format keluaran detektor</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Ambang skor</translation>
    </message>
    <message>
        <source>Crop context (x box)</source>
        <translation>Konteks potongan (× kotak)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nama profil</translation>
    </message>
    <message>
        <source>Classes SmearCount does not know</source>
        <translation>Kelas yang tidak dikenal SmearCount</translation>
    </message>
    <message>
        <source>Detector, own profile</source>
        <translation>Detektor, profil sendiri</translation>
    </message>
    <message>
        <source>Detector, white cells typed by SmearCount&apos;s classifier</source>
        <translation>Detektor, leukosit diklasifikasi oleh pengklasifikasi SmearCount</translation>
    </message>
    <message>
        <source>Single-cell images (no detector)</source>
        <translation>Gambar sel tunggal (tanpa detektor)</translation>
    </message>
    <message>
        <source>Types the white cells SmearCount&apos;s detector finds</source>
        <translation>Mengklasifikasi leukosit yang ditemukan detektor SmearCount</translation>
    </message>
    <message>
        <source>Template {0}: {1} ({2})</source>
        <translation>Templat {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>This template expects {0} classes ({1}); the model has {2}.</source>
        <translation>Templat ini mengharapkan {0} kelas ({1}); model punya {2}.</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import a model</source>
        <translation>Impor model</translation>
    </message>
    <message>
        <source>Choose model…</source>
        <translation>Pilih model…</translation>
    </message>
    <message>
        <source>Settings file…</source>
        <translation>Berkas pengaturan…</translation>
    </message>
    <message>
        <source>A manifest (.json) from the model&apos;s maker, if it is not beside the model</source>
        <translation>Manifes (.json) dari pembuat model, bila tidak ada di samping model</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Belum ada model dipilih.</translation>
    </message>
    <message>
        <source>Run self-test</source>
        <translation>Jalankan uji mandiri</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Reference images: three rendered fields, plus the lab&apos;s own in {0}</source>
        <translation>Gambar rujukan: tiga lapang buatan, ditambah milik laboratorium di {0}</translation>
    </message>
    <message>
        <source>Choose an ONNX model</source>
        <translation>Pilih model ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Model ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>Choose the model&apos;s settings</source>
        <translation>Pilih pengaturan model</translation>
    </message>
    <message>
        <source>Manifests (*.json)</source>
        <translation>Manifes (*.json)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Membaca {0}…</translation>
    </message>
    <message>
        <source>Reading the model</source>
        <translation>Pembacaan model</translation>
    </message>
    <message>
        <source>assumed: {0}</source>
        <translation>diasumsikan: {0}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Terbaca:</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Menjalankan uji mandiri…</translation>
    </message>
    <message>
        <source>The self-test</source>
        <translation>Uji mandiri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uji mandiri lulus.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-test warnings: check the settings before saving.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peringatan uji mandiri: periksa pengaturan sebelum menyimpan.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save despite warnings?</source>
        <translation>Simpan walau ada peringatan?</translation>
    </message>
    <message>
        <source>The self-test warned:

{0}

Save the profile anyway?</source>
        <translation>Uji mandiri memperingatkan:

{0}

Tetap simpan profil?</translation>
    </message>
    <message>
        <source>Saved the profile {0}. Choose it for a new slide (or in Settings).</source>
        <translation>Profil {0} disimpan. Pilih untuk sediaan baru (atau di Pengaturan).</translation>
    </message>
</context>
<context>
    <name>NewSlideDialog</name>
    <message>
        <source>New slide</source>
        <translation>Sediaan baru</translation>
    </message>
    <message>
        <source>Peripheral blood</source>
        <translation>Darah tepi</translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation>Sumsum tulang</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Sample / slide ID</source>
        <translation>ID sampel / sediaan</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pasien</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Spesimen</translation>
    </message>
    <message>
        <source>Stain</source>
        <translation>Pewarnaan</translation>
    </message>
    <message>
        <source>WBC count (×10⁹/L)</source>
        <translation>Leukosit (×10⁹/L)</translation>
    </message>
    <message>
        <source>Target (cells)</source>
        <translation>Target (sel)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Profil model</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Slide details</source>
        <translation>Data sediaan</translation>
    </message>
    <message>
        <source>The sample / slide ID is needed.</source>
        <translation>ID sampel / sediaan wajib diisi.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Let go…</source>
        <translation>Berhentikan…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Listing the people</source>
        <translation>Menampilkan daftar orang</translation>
    </message>
    <message>
        <source>{0} can sign in as {1}.</source>
        <translation>{0} dapat masuk sebagai {1}.</translation>
    </message>
    <message>
        <source>{0} signs in with the new password.</source>
        <translation>{0} masuk dengan kata sandi baru.</translation>
    </message>
    <message>
        <source>{0} is {1} from now on.</source>
        <translation>{0} menjadi {1} mulai sekarang.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Berhentikan</translation>
    </message>
    <message>
        <source>{0} will no longer sign in at any station. Their name stays on every audit entry they made.</source>
        <translation>{0} tidak akan dapat masuk lagi di stasiun mana pun. Namanya tetap ada pada setiap entri jejak audit yang dibuatnya.</translation>
    </message>
    <message>
        <source>{0} no longer signs in.</source>
        <translation>{0} tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Pilih dulu seseorang di daftar.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Changing the lab&apos;s people</source>
        <translation>Mengubah orang di laboratorium</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Laporan ditulis: {0}</translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>Ekspor ringkasan PDF</translation>
    </message>
    <message>
        <source>PDF summary written: {0}</source>
        <translation>Ringkasan PDF ditulis: {0}</translation>
    </message>
    <message>
        <source>Summary ready to print</source>
        <translation>Ringkasan siap dicetak</translation>
    </message>
    <message>
        <source>Result for the LIS in {0}</source>
        <translation>Hasil untuk LIS di {0}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <source>Summary sent to the printer</source>
        <translation>Ringkasan dikirim ke pencetak</translation>
    </message>
    <message>
        <source> (DRAFT: the slide is not finished)</source>
        <translation> (DRAF: sediaan belum selesai)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Laporan tidak ditulis</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>bawaan model</translation>
    </message>
    <message>
        <source>empty: estimated on each field from the red cells</source>
        <translation>kosong: diperkirakan pada setiap lapang dari eritrosit</translation>
    </message>
    <message>
        <source>leave empty to keep the operator&apos;s PIN</source>
        <translation>kosongkan untuk mempertahankan PIN pemeriksa</translation>
    </message>
    <message>
        <source>default per-user folder (restart to apply)</source>
        <translation>folder bawaan pengguna (berlaku setelah mulai ulang)</translation>
    </message>
    <message>
        <source> WBC</source>
        <translation> leukosit</translation>
    </message>
    <message>
        <source>none: no CSV/HL7 result is written</source>
        <translation>tidak ada: hasil CSV/HL7 tidak ditulis</translation>
    </message>
    <message>
        <source>The system&apos;s ({0})</source>
        <translation>Sesuai sistem ({0})</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Bahasa (mulai pembukaan berikutnya)</translation>
    </message>
    <message>
        <source>Reports in English (for a referral lab)</source>
        <translation>Laporan berbahasa Inggris (untuk laboratorium rujukan)</translation>
    </message>
    <message>
        <source>Model profile</source>
        <translation>Profil model</translation>
    </message>
    <message>
        <source>Detection threshold</source>
        <translation>Ambang deteksi</translation>
    </message>
    <message>
        <source>Camera scale (µm per pixel)</source>
        <translation>Skala kamera (µm per piksel)</translation>
    </message>
    <message>
        <source>For this camera and objective: photograph a stage micrometer and divide its length in µm by its length in pixels. Applies to fields analysed from now on.</source>
        <translation>Untuk kamera dan lensa objektif ini: potret mikrometer objektif, lalu bagi panjangnya dalam µm dengan panjangnya dalam piksel. Berlaku untuk lapang yang dianalisis mulai sekarang.</translation>
    </message>
    <message>
        <source>Review cells below confidence</source>
        <translation>Tinjau sel dengan keyakinan di bawah</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>Tampilkan label</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Warn below focus score</source>
        <translation>Peringatkan bila skor fokus di bawah</translation>
    </message>
    <message>
        <source>Sound at target</source>
        <translation>Bunyi saat target tercapai</translation>
    </message>
    <message>
        <source>Lab name</source>
        <translation>Nama laboratorium</translation>
    </message>
    <message>
        <source>Lab address</source>
        <translation>Alamat laboratorium</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Kertas laporan</translation>
    </message>
    <message>
        <source>High/low flags from</source>
        <translation>Tanda tinggi/rendah mulai</translation>
    </message>
    <message>
        <source>Result folder for the LIS (on signing)</source>
        <translation>Folder hasil untuk LIS (saat tanda tangan)</translation>
    </message>
    <message>
        <source>Operator&apos;s signing PIN (new)</source>
        <translation>PIN tanda tangan pemeriksa (baru)</translation>
    </message>
    <message>
        <source>Signing needs a PIN</source>
        <translation>Tanda tangan memerlukan PIN</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>Tombol: {0}</translation>
    </message>
    <message>
        <source>Key {0} is given to {1}: give each category its own key.</source>
        <translation>Tombol {0} diberikan ke {1}: beri setiap kategori tombolnya sendiri.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>from the lab server: {0} v{1}</source>
        <translation>dari server laboratorium: {0} v{1}</translation>
    </message>
    <message>
        <source>this computer&apos;s own profile</source>
        <translation>profil milik komputer ini</translation>
    </message>
</context>
<context>
    <name>SlideTableModel</name>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ditandatangani</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Field</source>
        <translation>Lapang</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galeri</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>That is outside the image: click on the cell.</source>
        <translation>Itu di luar gambar: klik pada sel.</translation>
    </message>
    <message>
        <source>No fields yet.

Add this slide&apos;s field images with File → Open images (Ctrl+O) or Open folder, drop image files here, or capture them in the Camera tab.</source>
        <translation>Belum ada lapang.

Tambahkan gambar lapang sediaan ini dengan Berkas → Buka gambar (Ctrl+O) atau Buka folder, jatuhkan berkas gambar di sini, atau ambil di tab Kamera.</translation>
    </message>
    <message>
        <source>New cell: press its class key (Esc cancels).</source>
        <translation>Sel baru: tekan tombol kelasnya (Esc membatalkan).</translation>
    </message>
    <message>
        <source>Every cell has been reviewed.</source>
        <translation>Semua sel sudah ditinjau.</translation>
    </message>
    <message>
        <source>Target of {0} cells reached.</source>
        <translation>Target {0} sel tercapai.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Search sample or patient ID</source>
        <translation>Cari ID sampel atau pasien</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Semua sediaan</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Menunggu tanda tangan</translation>
    </message>
    <message>
        <source>New slide…</source>
        <translation>Sediaan baru…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>More slides…</source>
        <translation>Sediaan lainnya…</translation>
    </message>
    <message>
        <source>in use: {0}</source>
        <translation>dipakai: {0}</translation>
    </message>
    <message>
        <source>replaced by slide {0} (counted offline): kept for the record</source>
        <translation>digantikan oleh sediaan {0} (dihitung luring): disimpan sebagai catatan</translation>
    </message>
    <message>
        <source>{0} slide(s) await a signature: flagged first, then the oldest.</source>
        <translation>{0} sediaan menunggu tanda tangan: yang bertanda lebih dulu, lalu yang terlama.</translation>
    </message>
    <message>
        <source>No finished slide awaits a signature.</source>
        <translation>Tidak ada sediaan selesai yang menunggu tanda tangan.</translation>
    </message>
    <message>
        <source>{0} unfinished slide(s): double-click to resume.</source>
        <translation>{0} sediaan belum selesai: klik ganda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Double-click a slide to open it, or start a New slide (Ctrl+N).</source>
        <translation>Klik ganda sediaan untuk membukanya, atau mulai Sediaan baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>No slide&apos;s sample or patient ID contains “{1}”.</source>
        <translation>Tidak ada ID sampel atau pasien yang memuat “{1}”.</translation>
    </message>
    <message>
        <source>No slides yet. Press New slide (Ctrl+N) and give the sample ID; then add the field images with File → Open images (Ctrl+O), Open folder, by dropping image files on the window, or from the Camera tab.</source>
        <translation>Belum ada sediaan. Tekan Sediaan baru (Ctrl+N) dan isi ID sampel; lalu tambahkan gambar lapang dengan Berkas → Buka gambar (Ctrl+O), Buka folder, menjatuhkan berkas gambar ke jendela, atau dari tab Kamera.</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>%1 of %2 cells</source>
        <translation>%1 dari %2 sel</translation>
    </message>
</context>
<context>
    <name>TrainingExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>Ekspor data pelatihan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Sediaan</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Empty folder</source>
        <translation>Folder kosong</translation>
    </message>
    <message>
        <source>Final boxes and classes only; no patient or sample ID is written (files are named by slide and field number).</source>
        <translation>Hanya kotak dan kelas akhir; ID pasien atau sampel tidak ditulis (berkas dinamai menurut nomor sediaan dan lapang).</translation>
    </message>
    <message>
        <source>Export training data to</source>
        <translation>Ekspor data pelatihan ke</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Pilih sedikitnya satu sediaan.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Pilih folder tujuan.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder.</source>
        <translation>Pilih folder baru atau kosong.</translation>
    </message>
</context>
</TS>
