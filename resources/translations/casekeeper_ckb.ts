<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku_IQ">
<context>
    <name>AccessWindow</name>
    <message>
        <location filename="../../ui/access_window.py" line="103"/>
        <source>Restore from a backup...</source>
        <translation>گەڕاندنەوە لە یەدەگێکەوە...</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="116"/>
        <source>Unlock the vault</source>
        <translation>کردنەوەی گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="119"/>
        <source>Unlock</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="123"/>
        <source>Passphrase</source>
        <translation>وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="135"/>
        <source>Forgot it? Use the recovery code</source>
        <translation>لەبیرت چووە؟ کۆدی گەڕاندنەوە بەکاربهێنە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="138"/>
        <location filename="../../ui/access_window.py" line="217"/>
        <source>Change passphrase</source>
        <translation>گۆڕینی وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="147"/>
        <source>Create a new vault</source>
        <translation>دروستکردنی گەنجینەیەکی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="149"/>
        <source>Everything is stored encrypted in this folder. Choose a long passphrase: without it or the recovery code nobody, including you, can open the vault.</source>
        <translation>هەموو شتێک بە شێوەی نهێنیکراو لەم بوخچەیەدا هەڵدەگیرێت. وشەیەکی نهێنی درێژ هەڵبژێرە: بەبێ ئەو یان کۆدی گەڕاندنەوە کەس، تەنانەت تۆش، ناتوانێت گەنجینەکە بکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="159"/>
        <source>Case number prefix</source>
        <translation>پێشگری ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="161"/>
        <source>Create vault</source>
        <translation>دروستکردنی گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="167"/>
        <source>Or, on a new or repaired laptop, put a vault back from its backup:</source>
        <translation>یان، لەسەر لاپتۆپێکی نوێ یان چاککراو، گەنجینەکە لە یەدەگەکەیەوە بگەڕێنەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="176"/>
        <source>Use the recovery code</source>
        <translation>بەکارهێنانی کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="178"/>
        <source>Type the recovery code and choose a new passphrase. The code will be replaced by a new one, shown once.</source>
        <translation>کۆدی گەڕاندنەوە بنووسە و وشەیەکی نهێنی نوێ هەڵبژێرە. کۆدەکە بە کۆدێکی نوێ دەگۆڕدرێت کە تەنها یەکجار پیشان دەدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="185"/>
        <source>Recovery code</source>
        <translation>کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="189"/>
        <source>Set the new passphrase</source>
        <translation>دانانی وشەی نهێنی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="193"/>
        <location filename="../../ui/access_window.py" line="221"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="200"/>
        <source>Change the passphrase</source>
        <translation>گۆڕینی وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="203"/>
        <source>Current passphrase</source>
        <translation>وشەی نهێنی ئێستا</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="211"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>هەروەها هەموو گەنجینەکە بە کلیلێکی نوێ شفرە بکە، لەگەڵ کۆدی گەڕاندنەوەی نوێ (دوای ئەوەی لەوانەیە وشەی نهێنی یان کۆدەکە بینرابێت)</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="228"/>
        <source>The passphrase is changed</source>
        <translation>وشەی نهێنی گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="230"/>
        <source>The old passphrase no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>وشەی نهێنی کۆن ئیتر خودی گەنجینەکە ناکاتەوە. بەڵام یەدەگە پێشووەکان، و هەر کۆپییەکی پێشووی keyslots.bin، هێشتا بە وشەی نهێنی کۆن دەکرێنەوە: یەدەگێکی نوێ دروست بکە و کۆنەکان لەناو ببە. ئەگەر لەوانەیە کەسانی تر وشەی نهێنی کۆن بزانن، دیسان بە کلیلێکی نوێ بیگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="245"/>
        <source>Your recovery code</source>
        <translation>کۆدی گەڕاندنەوەکەت</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="247"/>
        <source>Write this code down now and keep it apart from the laptop. It is shown only once. With it you can set a new passphrase if the passphrase is forgotten.</source>
        <translation>ئێستا ئەم کۆدە بنووسە و جیا لە لاپتۆپەکە هەڵیبگرە. تەنها یەکجار پیشان دەدرێت. بەهۆیەوە دەتوانیت وشەیەکی نهێنی نوێ دابنێیت ئەگەر وشە نهێنییەکەت لەبیر کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="255"/>
        <source>Print the code</source>
        <translation>چاپکردنی کۆدەکە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="257"/>
        <source>I have written the code down</source>
        <translation>کۆدەکەم نووسیوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="238"/>
        <location filename="../../ui/access_window.py" line="258"/>
        <source>Continue</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="270"/>
        <source>Working...</source>
        <translation>کار دەکات...</translation>
    </message>
    <message>
        <location filename="../../ui/print_code.py" line="44"/>
        <source>CaseKeeper recovery code - keep apart from the laptop</source>
        <translation>کۆدی گەڕاندنەوەی CaseKeeper - جیا لە لاپتۆپەکە هەڵیبگرە</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="51"/>
        <source>Digits must be typed as they were when the passphrase was made: Arabic-Indic digits (%1) and Latin digits (%2) are different characters.</source>
        <translation>ژمارەکان دەبێ وەک کاتی دروستکردنی وشەی نهێنییەکە بنووسرێن: ژمارەی عەرەبی-ڕۆژهەڵاتی (%1) و ژمارەی لاتینی (%2) پیتی جیاوازن.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Check the keyboard: Caps Lock off, and set to the language the passphrase was typed in when it was made (English, Arabic or Kurdish).</source>
        <translation>تەختەکلیلەکە بپشکنە: Caps Lock کوژاوە بێت، و لەسەر ئەو زمانە بێت کە وشەی نهێنییەکەی پێ نووسرا کاتێک دروست کرا (ئینگلیزی، عەرەبی یان کوردی).</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/labels.py" line="714"/>
        <source>The passphrase or recovery code is not correct.</source>
        <translation>وشەی نهێنی یان کۆدی گەڕاندنەوە هەڵەیە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="717"/>
        <source>The passphrase or recovery code does not open this backup: a backup opens with the passphrase the vault had when the backup was made, or the recovery code of that time.</source>
        <translation>وشەی نهێنی یان کۆدی گەڕاندنەوە ئەم یەدەگە ناکاتەوە: یەدەگ بەو وشەی نهێنییە دەکرێتەوە کە گەنجینەکە لەو کاتەی یەدەگەکە دروست کرا هەیبوو، یان بە کۆدی گەڕاندنەوەی ئەو کاتە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="722"/>
        <source>The vault is open in another CaseKeeper window or command: close it there first, then try again. Nothing was changed.</source>
        <translation>گەنجینەکە لە پەنجەرەیەکی تر یان فەرمانێکی تری CaseKeeper کراوەیە: سەرەتا لەوێ دایبخە، پاشان دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="726"/>
        <source>Another CaseKeeper window or command is giving the vault a new key or restoring it from a backup: wait until it finishes, then try again. Nothing was changed.</source>
        <translation>پەنجەرەیەکی تر یان فەرمانێکی تری CaseKeeper کلیلێکی نوێ دەداتە گەنجینەکە یان لە یەدەگێکەوە دەیگەڕێنێتەوە: چاوەڕێ بکە تا تەواو دەبێت، پاشان دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="731"/>
        <source>Another CaseKeeper window or command is writing to the vault (an import being saved, or the first opening after an update): wait until it finishes, then try again. Nothing was changed.</source>
        <translation>پەنجەرەیەکی تر یان فەرمانێکی تری CaseKeeper لە گەنجینەکەدا دەنووسێت (هاوردەیەک پاشەکەوت دەکرێت، یان یەکەم کردنەوە دوای نوێکردنەوە): چاوەڕێ بکە تا تەواو دەبێت، پاشان دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="736"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>وشەی نهێنی دەبێت لانیکەم %1 پیت بێت.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="739"/>
        <source>%1 is not a CaseKeeper backup: it holds no %2.</source>
        <translation>%1 یەدەگی CaseKeeper نییە: %2 لەخۆ ناگرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="743"/>
        <source>The backup in %1 is damaged (%2). Nothing was restored: use another backup.</source>
        <translation>یەدەگەکەی ناو %1 تێکچووە (%2). هیچ نەگەڕێندرایەوە: یەدەگێکی تر بەکاربهێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="747"/>
        <source>The audit trail in %1 does not reach where it did when the backup was made: entries were taken from it, or a file was changed. Nothing was restored.</source>
        <translation>تۆماری پشکنین لە %1 ناگاتە ئەو شوێنەی لە کاتی گرتنی یەدەگەکەدا پێی دەگەیشت: تۆمارگەلێک لێی لابراون، یان فایلێک گۆڕاوە. هیچ نەگەڕێندرایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="752"/>
        <source>The audit trail of the backup %1 is broken (%2). Nothing was restored.</source>
        <translation>تۆماری پشکنینی یەدەگی %1 شکاوە (%2). هیچ نەگەڕێندرایەوە.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="35"/>
        <source>Verify the audit chain</source>
        <translation>پشکنینی زنجیرەی تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>When (UTC)</source>
        <translation>کات (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Action</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="40"/>
        <source>Detail</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="50"/>
        <source>Newer entries</source>
        <translation>تۆمارە نوێترەکان</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="52"/>
        <source>Older entries</source>
        <translation>تۆمارە کۆنترەکان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="122"/>
        <source>%n entries; the newest are shown first</source>
        <translation>
            <numerusform>ژمارەی تۆمارەکان: %n؛ نوێترین سەرەتا</numerusform>
            <numerusform>ژمارەی تۆمارەکان: %n؛ نوێترین سەرەتا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="123"/>
        <source>Shown: No. %1 to %2</source>
        <translation>پیشاندراو: لە ژمارە %1 تا ژمارە %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="128"/>
        <source>Checking...</source>
        <translation>پشکنین...</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="134"/>
        <source>The chain is intact: %1 entries. Chain head: %2</source>
        <translation>زنجیرەکە ساغە: %1 تۆمار. سەری زنجیرە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="137"/>
        <source>%1 of them had their content erased when a record was deleted: %2</source>
        <translation>%1 لەوانە ناوەڕۆکیان سڕایەوە کاتێک تۆمارێک سڕایەوە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="142"/>
        <source>%1 of them had the words of notes erased when this version first opened the vault.</source>
        <translation>%1 لەوانە دەقی تێبینییەکانیان لێ سڕایەوە کاتێک ئەم وەشانە یەکەمجار گەنجینەکەی کردەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="146"/>
        <source>The chain is BROKEN at entry %1: %2</source>
        <translation>زنجیرەکە لە تۆماری %1 شکاوە: %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>هەڵبژێرە...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>all</source>
        <translation>هەموو</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="51"/>
        <source>Back up</source>
        <translation>یەدەگ بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="59"/>
        <source>Folder (a USB drive)</source>
        <translation>بوخچە (فلاشی USB)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="60"/>
        <source>Backups to keep there</source>
        <translation>ژمارەی یەدەگەکان کە لەوێ دەمێننەوە</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>The copy is encrypted like the vault and opens with the passphrase or recovery code the vault has now. It is checked before it counts. Keep the drive apart from the laptop.</source>
        <translation>کۆپییەکە وەک گەنجینەکە شفرە کراوە و بە وشەی نهێنی یان کۆدی گەڕاندنەوەی ئێستای گەنجینەکە دەکرێتەوە. پێش ئەوەی پشتی پێ ببەسترێت دەپشکنرێت. فلاشەکە دوور لە لاپتۆپەکە هەڵبگرە.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87"/>
        <source>Choose the folder to put the backup in.</source>
        <translation>ئەو بوخچەیە هەڵبژێرە کە یەدەگەکەی تێدا دادەنرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="96"/>
        <source>Copying and checking...</source>
        <translation>کۆپیکردن و پشکنین...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="105"/>
        <source>There is no folder %1: plug in the backup drive, or create the folder first.</source>
        <translation>هیچ بوخچەیەکی %1 نییە: فلاشی یەدەگ بخەرە ناو لاپتۆپەکە، یان سەرەتا بوخچەکە دروست بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="108"/>
        <source>%1 is a file, not a folder: choose the folder to put the backup in.</source>
        <translation>%1 فایلە، نەک بوخچە: ئەو بوخچەیە هەڵبژێرە کە یەدەگەکەی تێدا دادەنرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="111"/>
        <source>%1 cannot be written to (read-only, or not yours): choose another folder or drive.</source>
        <translation>ناتوانرێت لە %1 بنووسرێت (تەنها بۆ خوێندنەوەیە، یان هی تۆ نییە): بوخچەیەکی تر یان فلاشێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="117"/>
        <source>Backup made and checked: %1</source>
        <translation>یەدەگ گیرا و پشکنرا: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="118"/>
        <source>%n person record(s) in it; every page checked.</source>
        <translation>
            <numerusform>%n تۆماری کەسی تێدایە؛ هەموو لاپەڕەکان پشکنران.</numerusform>
            <numerusform>%n تۆماری کەسی تێدایە؛ هەموو لاپەڕەکان پشکنران.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="120"/>
        <source>Audit chain head: %1</source>
        <translation>سەری زنجیرەی تۆماری پشکنین: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="122"/>
        <source>%n older backup(s) removed from the folder.</source>
        <translation>
            <numerusform>%n یەدەگی کۆنتر لە بوخچەکە سڕانەوە.</numerusform>
            <numerusform>%n یەدەگی کۆنتر لە بوخچەکە سڕانەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <source>%n unfinished copy(ies) left by a backup cut off removed from the folder.</source>
        <translation>
            <numerusform>کۆپییە تەواونەکراوەکانی یەدەگێکی پچڕاو لە بوخچەکە سڕانەوە: %n</numerusform>
            <numerusform>کۆپییە تەواونەکراوەکانی یەدەگێکی پچڕاو لە بوخچەکە سڕانەوە: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="130"/>
        <source>%n unfinished copy(ies) of another vault left in the folder, not removed.</source>
        <translation>
            <numerusform>%n کۆپیی تەواونەکراوی گەنجینەیەکی تر لە بوخچەکەدا ماونەتەوە، نەسڕدرانەوە.</numerusform>
            <numerusform>%n کۆپیی تەواونەکراوی گەنجینەیەکی تر لە بوخچەکەدا ماونەتەوە، نەسڕدرانەوە.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Birth</name>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <location filename="../../ui/labels.py" line="539"/>
        <source>about %1</source>
        <translation>نزیکەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>age %1 in %2</source>
        <translation>تەمەن %1 لە %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>age %1, year not given</source>
        <translation>تەمەن %1، ساڵ نەگوتراوە</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>هەروەها هەموو گەنجینەکە بە کلیلێکی نوێ شفرە بکە، لەگەڵ کۆدی گەڕاندنەوەی نوێ (دوای ئەوەی لەوانەیە وشەی نهێنی یان کۆدەکە بینرابێت)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>The vault is encrypted under a new key. Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before keep the old key and passphrase: make a new backup and destroy the old ones.</source>
        <translation>گەنجینەکە بە کلیلێکی نوێ شفرە کرا. ئێستا کۆدی گەڕاندنەوەی نوێ بنووسە و دوور لە لاپتۆپەکە هەڵیبگرە؛ تەنها یەک جار پیشان دەدرێت، و کۆدە کۆنەکە ئیتر گەنجینەکە ناکاتەوە. یەدەگە پێشووەکان کلیل و وشەی نهێنی کۆن دەپارێزن: یەدەگێکی نوێ دروست بکە و کۆنەکان لەناو ببە.</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="24"/>
        <source>Print the code</source>
        <translation>چاپکردنی کۆدەکە</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="28"/>
        <source>I have written the code down</source>
        <translation>کۆدەکەم نووسیوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="30"/>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>The passphrase is changed: the old one no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>وشەی نهێنی گۆڕدرا: کۆنەکە ئیتر خودی گەنجینەکە ناکاتەوە. بەڵام یەدەگە پێشووەکان، و هەر کۆپییەکی پێشووی keyslots.bin، هێشتا بە وشەی نهێنی کۆن دەکرێنەوە: یەدەگێکی نوێ دروست بکە و کۆنەکان لەناو ببە. ئەگەر لەوانەیە کەسانی تر وشەی نهێنی کۆن بزانن، دیسان بە کلیلێکی نوێ بیگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Type the current passphrase, then choose the new one.</source>
        <translation>وشەی نهێنی ئێستا بنووسە، پاشان نوێیەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Current passphrase</source>
        <translation>وشەی نهێنی ئێستا</translation>
    </message>
    <message>
        <location filename="../../ui/replaced_note.py" line="16"/>
        <source>Still on this laptop, beside the vault: %1, the whole vault a restore replaced. It does not change with this one: it still opens with the passphrase and recovery code it had then. Once the restored vault is checked, delete that folder yourself (on Windows, empty the Recycle Bin too).</source>
        <translation>هێشتا لەسەر ئەم لاپتۆپەیە، لە تەنیشت گەنجینەکە: %1، ئەو گەنجینە تەواوەی گەڕاندنەوەیەک جێگەی گرتەوە. لەگەڵ ئەم گەنجینەیەدا ناگۆڕێت: هێشتا بە وشەی نهێنی و کۆدی گەڕاندنەوەی ئەو کاتەی خۆی دەکرێتەوە. دوای ئەوەی گەنجینە گەڕێندراوەکەت پشکنی، خۆت ئەو بوخچەیە بسڕەوە (لە ویندۆزدا، سەبەتەی سڕاوەکانیش بەتاڵ بکە).</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="27"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="28"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>Relation</source>
        <translation>خزمایەتی</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="24"/>
        <source>From list</source>
        <translation>لە لیستەوە</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="29"/>
        <source>Who to her, e.g. brother</source>
        <translation>خزمایەتی لەگەڵ ئەو، بۆ نموونە: برا</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="36"/>
        <source>Add contact</source>
        <translation>زیادکردنی پەیوەندی</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="39"/>
        <source>Save changes to the chosen contact</source>
        <translation>پاشەکەوتکردنی گۆڕانکارییەکانی پەیوەندیی هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="61"/>
        <source>%1, sheet %2, row %3 (import batch %4)</source>
        <translation>%1، پەڕەی %2، ڕیزی %3 (کۆمەڵەی هاوردەی %4)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="63"/>
        <source>%1, row %2 (import batch %3)</source>
        <translation>%1، ڕیزی %2 (کۆمەڵەی هاوردەی %3)</translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>confirmed by other sources</source>
        <translation>لە سەرچاوەی ترەوە پشتڕاستکراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>probably true</source>
        <translation>بە ئەگەری زۆر ڕاستە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>possibly true</source>
        <translation>لەوانەیە ڕاست بێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>doubtful</source>
        <translation>جێی گومانە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>improbable</source>
        <translation>ئەگەری کەمە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>truth cannot be judged</source>
        <translation>ڕاستییەکەی ناتوانرێت هەڵبسەنگێنرێت</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>by %1</source>
        <translation>لە %1 یان پێشتر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>%1 (as written; not read as a date)</source>
        <translation>%1 (وەک نووسراوە؛ وەک بەروار نەخوێندراوەتەوە)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/new_person.py" line="66"/>
        <source>e.g. 1998, about 1998, 12/03/1998</source>
        <translation>بۆ نموونە 1998، نزیکەی 1998، 12/03/1998</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="422"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: %2 وەک ڕێکەوت ناخوێندرێتەوە (بۆ نموونە 1998، نزیکەی 1998، 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 لە داهاتوودایە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>%1: %2 could be her age or a year. Type the year in full (e.g. 1998), or her age: age %3, or age %3 in 2014</source>
        <translation>%1: %2 لەوانەیە تەمەنی بێت یان ساڵێک. ساڵەکە بە تەواوی بنووسە (بۆ نموونە 1998)، یان تەمەنی: تەمەن %3، یان تەمەن %3 لە 2014</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="441"/>
        <source>%1: %2 would be %3 as an Excel date number, which cannot be this date: type the date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 وەک ژمارەی بەرواری ئێکسڵ دەبێتە %3، کە ناتوانێت ئەم بەروارە بێت: بەروارەکە بنووسە (بۆ نموونە 2014، 08/2014، 03/08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="102"/>
        <source>Read as %1</source>
        <translation>وەک %1 خوێندرایەوە</translation>
    </message>
</context>
<context>
    <name>DraftConflicts</name>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="39"/>
        <source>This draft of %1 was kept by an earlier version, which did not note her record as her page read it: which fields were typed in it cannot be told. These fields differ from her record as saved now. Choose for each which to keep; a field left blank in the draft keeps what her record holds now.</source>
        <translation>ئەم ڕەشنووسەی %1 لەلایەن وەشانێکی پێشووەوە هەڵگیراوە، کە تۆمارەکەی وەک پەڕەکەی خوێندبوویەوە تێبینی نەکردبوو: ناتوانرێت بزانرێت کام خانە تێیدا نووسراون. ئەم خانانە جیاوازن لە تۆمارەکەی وەک ئێستا پاشەکەوت کراوە. بۆ هەر یەکێکیان هەڵبژێرە کامیان بمێنێتەوە؛ خانەیەک کە لە ڕەشنووسەکەدا بەتاڵە ئەوەی ئێستا لە تۆمارەکەیدایە دەیهێڵێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="43"/>
        <source>%1 was saved elsewhere since your typing began (another window, a command or an import), and these fields you changed were changed there too. Choose for each which to keep; the other fields you changed are put on top of her record as it is saved now, and those you did not change keep what was saved.</source>
        <translation>%1 لە شوێنێکی ترەوە پاشەکەوت کرا لەوەتەی دەستت بە نووسین کرد (پەنجەرەیەکی تر، فەرمانێک یان هاوردەیەک)، و ئەم خانانەی تۆ گۆڕیوتن لەوێش گۆڕدران. بۆ هەر یەکێکیان هەڵبژێرە کامیان بمێنێتەوە؛ خانەکانی تر کە گۆڕیوتن دەخرێنە سەر تۆمارەکەی وەک ئێستا پاشەکەوت کراوە، و ئەوانەی نەتگۆڕیون ئەوەی پاشەکەوت کراوە دەهێڵنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="49"/>
        <source>Keep what is in the draft:</source>
        <translation>ئەوەی لە ڕەشنووسەکەدایە بهێڵەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="50"/>
        <source>Keep her record as saved now:</source>
        <translation>تۆمارەکەی وەک ئێستا پاشەکەوت کراوە بهێڵەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="52"/>
        <source>Keep what you typed:</source>
        <translation>ئەوەی نووسیوتە بهێڵەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="53"/>
        <source>Keep what was saved since:</source>
        <translation>ئەوەی لەو کاتەوە پاشەکەوت کراوە بهێڵەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="59"/>
        <source>Keep both, one after the other:</source>
        <translation>هەردووکیان بهێڵەوە، یەک لە دوای یەک:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="74"/>
        <source>(blank)</source>
        <translation>(بەتاڵ)</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates_view.py" line="59"/>
        <source>Find likely duplicates</source>
        <translation>دۆزینەوەی دووبارە ئەگەرییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="73"/>
        <source>Lowest score</source>
        <translation>کەمترین نمرە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Case</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Verdict</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>First record</source>
        <translation>تۆماری یەکەم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="86"/>
        <source>Second record</source>
        <translation>تۆماری دووەم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="97"/>
        <source>Same person: keep the first</source>
        <translation>هەمان کەسە: یەکەم بهێڵەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="99"/>
        <source>Same person: keep the second</source>
        <translation>هەمان کەسە: دووەم بهێڵەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="101"/>
        <source>Not the same person</source>
        <translation>هەمان کەس نین</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="130"/>
        <source>Case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="131"/>
        <source>Case number or name</source>
        <translation>ژمارەی دۆسیە یان ناو</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="134"/>
        <source>Compare</source>
        <translation>بەراورد بکە</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="138"/>
        <source>Or compare two records:</source>
        <translation>یان دوو تۆمار بەراورد بکە:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="145"/>
        <source>Take back &apos;not the same&apos;</source>
        <translation>گەڕاندنەوەی «هەمان کەس نین»</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="167"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="179"/>
        <source>Type the case numbers of the two records to compare.</source>
        <translation>ژمارەی دۆسیەی ئەو دوو تۆمارە بنووسە کە بەراورد دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="198"/>
        <source>No other record was found for %1.</source>
        <translation>هیچ تۆمارێکی تر بۆ %1 نەدۆزرایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="201"/>
        <source>%1 compared with the records found for %2, best first</source>
        <translation>%1 بەراورد کرا لەگەڵ ئەو تۆمارانەی بۆ %2 دۆزرانەوە، نزیکترین یەکەم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="208"/>
        <source>%1 and %2, compared as asked (score %3)</source>
        <translation>%1 و %2، وەک داوا کرا بەراورد کران (نمرە %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_view.py" line="232"/>
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>جووتی ئەگەری: %n</numerusform>
            <numerusform>جووتی ئەگەری: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="236"/>
        <source>Pairs known by one kunya or husband&apos;s name not listed, of records with more such namesakes than can be told apart: %1</source>
        <translation>ئەو جووتانەی بە یەک کونیە یان ناوی یەک مێرد دەناسرێن لیست نەکران، چونکە تۆمارەکانیان هاوناوی زیاترن لەوەی جیا بکرێنەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="307"/>
        <source>A merge asks first: they disagree on %1. They may be two people of one family.</source>
        <translation>تێکەڵکردن سەرەتا دەپرسێت: لە %1 جیاوازن. لەوانەیە دوو کەسی یەک خێزان بن.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="345"/>
        <source>%1 was merged into %2; Split out, on the page of %2, undoes it.</source>
        <translation>%1 تێکەڵی %2 کرا؛ «جیاکردنەوە» لە پەڕەی %2 تێکەڵکردنەکە هەڵدەوەشێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="357"/>
        <source>%1 and %2 disagree on what tells two people apart:</source>
        <translation>%1 و %2 جیاوازن لەوەی دوو کەس لێک جیا دەکاتەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="359"/>
        <source>%1: %2 in %3, %4 in %5</source>
        <translation>%1: %2 لە %3دا، %4 لە %5دا</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="362"/>
        <source>They may be two people of one family. Merge them anyway? What disagreed is kept in the audit trail; splitting the records undoes the merge.</source>
        <translation>لەوانەیە دوو کەسی یەک خێزان بن. هەر تێکەڵیان بکەیت؟ ئەوەی جیاواز بوو لە تۆماری پشکنیندا دەمێنێتەوە؛ جیاکردنەوەی تۆمارەکان تێکەڵکردنەکە هەڵدەوەشێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="383"/>
        <source>%1 may now be shared only as %2 was (%3, not %4): %2&apos;s account is part of her record now. Splitting the records sets it back.</source>
        <translation>ئێستا %1 تەنها وەک %2 دەتوانرێت هاوبەش بکرێت (%3، نەک %4): گێڕانەوەی %2 ئێستا بەشێکە لە تۆمارەکەی. جیاکردنەوەی تۆمارەکان ئاستەکە دەگەڕێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="394"/>
        <source>%1: %2 of %3 kept, %4 of %5 not taken (it stays on %5&apos;s own record; Split out shows it again).</source>
        <translation>%1: %2 ی %3 هێشترایەوە، %4 ی %5 وەرنەگیرا (لە تۆماری خۆی %5 دەمێنێتەوە؛ «جیاکردنەوە» دووبارە نیشانی دەداتەوە).</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="404"/>
        <source>Statuses differed: %1 was %2, %3 was %4. %1 is now %5; if that is wrong, add her status with its date on her page.</source>
        <translation>دۆخەکان جیاواز بوون: %1 %2 بوو، %3 %4 بوو. %1 ئێستا %5ە؛ ئەگەر هەڵەیە، دۆخەکەی لەگەڵ بەروارەکەی لە پەڕەکەیدا زیاد بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="417"/>
        <source>%1 and %2 are marked not the same person: the pair is not proposed again.</source>
        <translation>تۆمارکرا کە %1 و %2 هەمان کەس نین: ئەم جووتە جارێکی تر پێشنیار ناکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="373"/>
        <source>Merge them anyway? The decision is withdrawn; splitting the records gives it back.</source>
        <translation>هەر تێکەڵیان بکەیت؟ بڕیارەکە دەکشێنرێتەوە؛ جیاکردنەوەی تۆمارەکان دەیگەڕێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="365"/>
        <location filename="../../ui/duplicates_view.py" line="375"/>
        <source>Merge anyway</source>
        <translation>هەر تێکەڵیان بکە</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="15"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (تێکەڵی %2 کراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="21"/>
        <source>%1 and %2 were marked not the same person on %3.</source>
        <translation>لە %3دا تۆمارکرا کە %1 و %2 هەمان کەس نین.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="24"/>
        <source>Note: %1</source>
        <translation>تێبینی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="20"/>
        <source>Mark %1 and %2 as not the same person?</source>
        <translation>تۆمار بکرێت کە %1 و %2 هەمان کەس نین؟</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="22"/>
        <source>The pair will not be proposed again. To take it back, compare the two records (&quot;Or compare two records&quot;) and click &quot;Take back &apos;not the same&apos;&quot;.</source>
        <translation>ئەم جووتە جارێکی تر پێشنیار ناکرێتەوە. بۆ گەڕاندنەوەی، دوو تۆمارەکە بەراورد بکە («یان دوو تۆمار بەراورد بکە») و کرتە لە «گەڕاندنەوەی «هەمان کەس نین»» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="45"/>
        <source>Take it back? The two may then be proposed as one person again; the audit trail keeps the decision.</source>
        <translation>بیگەڕێنیتەوە؟ لەوانەیە دواتر هەردووکیان دووبارە وەک یەک کەس پێشنیار بکرێن؛ تۆماری پشکنین بڕیارەکە دەپارێزێت.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="53"/>
        <source>%1 and %2 are no longer marked not the same person: they may be proposed as one person again.</source>
        <translation>%1 و %2 چیتر وەک «هەمان کەس نین» تۆمار نەکراون: لەوانەیە دووبارە وەک یەک کەس پێشنیار بکرێن.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_words.py" line="26"/>
        <source>%1 was deleted in another window or by a command since her page was opened: nothing was saved</source>
        <translation>%1 لە پەنجەرەیەکی تر یان بە فەرمانێک سڕایەوە لەو کاتەوەی پەڕەکەی کرایەوە: هیچ پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="31"/>
        <source>%1 on %2 is before her abduction (%3): check the date</source>
        <translation>%1 لە %2 پێش ڕفاندنیەتی (%3): بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="32"/>
        <source>the handover to her family (%1) is before the rescue (%2): she is handed over after she is freed; check both dates</source>
        <translation>ڕادەستکردنەوەی بە خێزانەکەی (%1) پێش ڕزگارکردنە (%2): دوای ئازادبوونی ڕادەست دەکرێتەوە؛ هەردوو بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="34"/>
        <source>an operation that freed no one (it gives no status) has no handover to her family (%1): if she was freed after all, give the status it gives; if not, leave the handover to family empty</source>
        <translation>ئۆپەراسیۆنێک کە کەسی ئازاد نەکردووە (هیچ دۆخێک نادات) ڕادەستکردنەوەی بە خێزانی نییە (%1): ئەگەر لە ڕاستیدا ئازاد کراوە، ئەو دۆخەی دەیدات هەڵبژێرە؛ ئەگەر نا، ڕادەستکردنەوە بە خێزان بەتاڵ بهێڵە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="37"/>
        <source>the report was received (%1) before what it tells was seen (%2): a report tells of what was seen before it came in; check both dates</source>
        <translation>ڕاپۆرتەکە گەیشت (%1) پێش ئەوەی ئەوەی دەیگێڕێتەوە ببینرێت (%2): ڕاپۆرت ئەوە دەگێڕێتەوە کە پێش گەیشتنی بینراوە؛ هەردوو بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="40"/>
        <source>%1 is not a case number (they look like SNJ-00123)</source>
        <translation>%1 ژمارەی دۆسیە نییە (ژمارەی دۆسیەکان وەک SNJ-00123ن)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="42"/>
        <source>this exact file was imported as batch %1, from the sender %2, not %3: the same bytes would stand as two senders&apos; lists. If it is the same sender named another way, type the sender as first given (%2) and read the file again; if another sender truly sent it, the command line imports it anyway (casekeeper import --again)</source>
        <translation>هەمان ئەم فایلە وەک دەستەی %1 هاوردە کرابوو، لە نێرەر %2ەوە، نەک %3: هەمان داتا وەک لیستی دوو نێرەر دەردەکەوێت. ئەگەر هەمان نێرەرە و بە شێوەیەکی تر نووسراوە، ناوی نێرەر وەک یەکەمجار دراوە بنووسە (%2) و فایلەکە دووبارە بخوێنەوە؛ ئەگەر بە ڕاستی نێرەرێکی تر ناردوویەتی، هێڵی فەرمان هەر هاوردەی دەکات (casekeeper import --again)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="47"/>
        <source>no person with case number %1</source>
        <translation>هیچ کەسێک بە ژمارەی دۆسیەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>a %1 document is not chosen by when a woman was seen: it would tell that reports of her came in since then, which only the team&apos;s own papers tell; make it internal, or leave out the seen-since date</source>
        <translation>بەڵگەنامەیەکی %1 بەپێی کاتی بینینی ئافرەتێک هەڵنابژێردرێت: دەریدەخات کە لەو کاتەوە ڕاپۆرتی دەربارەی ئەو هاتووە، کە تەنها کاغەزە ناوخۆییەکانی تیم دەریدەخەن؛ بیکە بە ناوخۆیی، یان ڕێکەوتی «بینراوە لە» بەتاڵ بهێڵە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>%1 is given more than once: name each person once</source>
        <translation>%1 زیاتر لە جارێک دراوە: هەر کەسێک تەنها جارێک بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>%1 is merged into %2, which is given too: they are one person; name each person once</source>
        <translation>%1 تێکەڵی %2 کراوە، کە ئەویش دراوە: یەک کەسن؛ هەر کەسێک تەنها جارێک بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="56"/>
        <source>%1 and %2 are both merged into %3: they are one person; name each person once</source>
        <translation>%1 و %2 هەردووکیان تێکەڵی %3 کراون: یەک کەسن؛ هەر کەسێک تەنها جارێک بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="59"/>
        <source>a status of %1 rests on it: withdraw that status first (Status timeline), then take her off</source>
        <translation>دۆخێکی %1 پشتی پێ بەستووە: سەرەتا ئەو دۆخە بکشێنەوە (هێڵی کاتی دۆخ)، پاشان لای ببە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="61"/>
        <source>a status of %1 rests on report %2: withdraw that status first (Status timeline), then mark the report proved false</source>
        <translation>دۆخێکی %1 پشت بە ڕاپۆرتی %2 دەبەستێت: سەرەتا ئەو دۆخە بکشێنەوە (هێڵی کاتی دۆخەکان)، پاشان ڕاپۆرتەکە وەک درۆ نیشان بکە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="63"/>
        <source>report %1 is marked proved false: a status cannot rest on it; if it did not prove false, clear Proved false in the report&apos;s form first</source>
        <translation>ڕاپۆرتی %1 وەک درۆ نیشان کراوە: هیچ دۆخێک ناتوانێت پشتی پێ ببەستێت؛ ئەگەر درۆ دەرنەچوو، سەرەتا «درۆ دەرچوو» لە فۆرمی ڕاپۆرتەکەدا لابە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="66"/>
        <source>the report was proved false (%1) before it was received (%2): check both dates</source>
        <translation>ڕاپۆرتەکە درۆ دەرچوو (%1) پێش ئەوەی بگات (%2): هەردوو بەروار بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="68"/>
        <source>it is about no one else, and a report names at least one person: add the woman it is about under its other women first</source>
        <translation>دەربارەی کەسێکی تر نییە، و ڕاپۆرت لانیکەم ناوی کەسێک دەهێنێت: سەرەتا ئەو ئافرەتەی دەربارەیەتی لە خانەی ئافرەتانی تردا زیاد بکە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="70"/>
        <source>%1 was changed elsewhere; reload it first</source>
        <translation>%1 لە شوێنێکی تر گۆڕدرا؛ سەرەتا دووبارە باری بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="73"/>
        <source>%1 has been merged into %2: record this on %2</source>
        <translation>%1 تێکەڵی %2 کراوە: ئەمە لە %2 تۆمار بکە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>%1 and %2 are linked so already</source>
        <translation>%1 و %2 پێشتر بەم جۆرە بەستراونەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="75"/>
        <source>this record is %1 of this vault already (the same record id): nothing was added</source>
        <translation>ئەم تۆمارە پێشتر %1ی ئەم گەنجینەیەیە (هەمان ناسنامەی تۆمار): هیچ زیاد نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="77"/>
        <source>a person needs at least one name part</source>
        <translation>کەس پێویستی بە لانیکەم بەشێکی ناو هەیە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="79"/>
        <source>%1&apos;s status %2 came with rescue %3: change the rescue instead (Rescues tab), or delete it</source>
        <translation>دۆخی %1 (%2) لەگەڵ ڕزگارکردنی %3 هات: لە جیاتی ئەوە ڕزگارکردنەکە بگۆڕە (بەشی ڕزگارکردنەکان)، یان بیسڕەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="82"/>
        <source>%1, Arabic script box: longer than 200 characters; shorten it</source>
        <translation>%1، خانەی پیتی عەرەبی: لە 200 پیت درێژترە؛ کورتی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="83"/>
        <source>%1, Latin letters box: longer than 200 characters; shorten it</source>
        <translation>%1، خانەی پیتی لاتینی: لە 200 پیت درێژترە؛ کورتی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="84"/>
        <source>%1 was taken on %2: she cannot have been seen on %3, before that; check the date</source>
        <translation>%1 لە %2 ڕفێندرا: ناکرێت لە %3 بینرابێت، پێش ئەوە؛ بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="86"/>
        <source>%1 was taken on %2: she cannot have been freed on %3, before that; check the date</source>
        <translation>%1 لە %2 ڕفێندرا: ناکرێت لە %3 ئازاد کرابێت، پێش ئەوە؛ بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="88"/>
        <source>no rescue operation with id %1</source>
        <translation>هیچ ئۆپەراسیۆنێکی ڕزگارکردن بە ژمارەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="89"/>
        <source>no photo with id %1</source>
        <translation>هیچ وێنەیەک بە ژمارەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="90"/>
        <source>no family contact with id %1</source>
        <translation>هیچ پەیوەندییەکی خێزان بە ژمارەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="91"/>
        <source>no relative link with id %1</source>
        <translation>هیچ پەیوەندییەکی خزمایەتی بە ژمارەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="92"/>
        <source>%1 and %2 are not linked as relatives</source>
        <translation>%1 و %2 وەک خزم پێکەوە نەبەستراونەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="93"/>
        <source>%1 (born %2) would be the parent of %3, born before: %4; check the relation or the births</source>
        <translation>%1 (لەدایکبووی %2) دەبێتە دایک یان باوکی %3 کە پێشتر لەدایکبووە: %4؛ پەیوەندییەکە یان لەدایکبوونەکان بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="95"/>
        <source>a person cannot be their own relative</source>
        <translation>کەس ناتوانێت خزمی خۆی بێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="96"/>
        <source>a photo must be a JPEG or PNG file</source>
        <translation>وێنە دەبێت فایلی JPEG یان PNG بێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="97"/>
        <source>a photo may be at most 20 MB</source>
        <translation>وێنە نابێت لە 20 مێگابایت زیاتر بێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="98"/>
        <source>a record cannot be compared with itself</source>
        <translation>ناتوانرێت تۆمارێک لەگەڵ خۆیدا بەراورد بکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="99"/>
        <source>%1 is merged into %2: compare %2, or split %1 out first</source>
        <translation>%1 لەگەڵ %2 تێکەڵ کراوە: %2 بەراورد بکە، یان سەرەتا %1 جیا بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="100"/>
        <source>a record cannot be merged with itself</source>
        <translation>ناتوانرێت تۆمارێک لەگەڵ خۆیدا تێکەڵ بکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="101"/>
        <source>%1 is already merged into another record; split it first</source>
        <translation>%1 پێشتر لەگەڵ تۆمارێکی تر تێکەڵ کراوە؛ سەرەتا جیای بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="102"/>
        <source>%1 is not merged into another record</source>
        <translation>%1 لەگەڵ هیچ تۆمارێکی تر تێکەڵ نەکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="103"/>
        <source>%1 is inside the vault&apos;s own folder: a backup there is lost with the laptop; choose another drive</source>
        <translation>%1 لەناو بوخچەی گەنجینەکە خۆیدایە: یەدەگ لەوێ لەگەڵ لاپتۆپەکە لەدەست دەچێت؛ دیسکێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="105"/>
        <source>the drive of %1 is full: the backup needs about %2 and %3 are free there; no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>دیسکی %1 پڕە: یەدەگەکە پێویستی بە نزیکەی %2 هەیە و %3 لەوێ بەتاڵە؛ هیچ یەدەگێک دروست نەکرا و گەنجینەکە نەگۆڕا: شوێن لەسەر ئەو دیسکە بەتاڵ بکە، یان یەدەگ لەسەر دیسکێکی تر بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="109"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was changed, the vault is as it was before; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>دیسکی گەنجینەی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (%2): هیچ نەگۆڕا، گەنجینەکە وەک پێشتر ماوە؛ جێگە لەو دیسکەدا بکەرەوە (ئەو فایلانەی پێویستت پێیان نییە بگوازەرەوە یان بیانسڕەوە)، پاشان دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="112"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): it stopped part way: what was saved before the disk refused stays in the vault, the rest was not done; free space on that disk (move or delete files you do not need), then look at what is there before doing the rest</source>
        <translation>دیسکی گەنجینەی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (%2): لە نیوەی ڕێگادا وەستا: ئەوەی پێش ڕەتکردنەوەی دیسکەکە پاشەکەوت کرا لە گەنجینەکەدا دەمێنێت، ئەوەی تر نەکرا؛ جێگە لەو دیسکەدا بکەرەوە (ئەو فایلانەی پێویستت پێیان نییە بگوازەرەوە یان بیانسڕەوە)، پاشان سەیری ئەوە بکە کە هەیە پێش ئەوەی ئەوەی ماوە بکەیت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="116"/>
        <source>the disk of the vault %1 is full or cannot be written (it needs about %2 more, the vault&apos;s size again): the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>دیسکی گەنجینەی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (نزیکەی %2ی زیاتری پێویستە، واتە قەبارەی گەنجینەکە جارێکی تر): کلیلی نوێ نەدرا بە گەنجینەکە و هیچ نەگۆڕا، وشەی نهێنی و کۆدی گەڕاندنەوەی پێشوو هێشتا دەیکەنەوە؛ جێگە لەو دیسکەدا بکەرەوە (ئەو فایلانەی پێویستت پێیان نییە بگوازەرەوە یان بیانسڕەوە)، پاشان دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="121"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was restored, the vault is as it was and the copy begun beside it was deleted; free space on that disk (the backup&apos;s size is needed), then restore again</source>
        <translation>دیسکی گەنجینەی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (%2): هیچ نەگەڕێندرایەوە، گەنجینەکە وەک خۆی ماوە و ئەو کۆپییەی لە تەنیشتیدا دەستی پێکردبوو سڕایەوە؛ جێگە لەو دیسکەدا بکەرەوە (بە قەبارەی پاشەکەوتەکە پێویستە)، پاشان دووبارە بیگەڕێنەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="125"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): the vault was not opened and nothing in it was changed; free space on that disk (move or delete files you do not need), then unlock again</source>
        <translation>دیسکی گەنجینەی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (%2): گەنجینەکە نەکرایەوە و هیچی تێدا نەگۆڕا؛ جێگە لەو دیسکەدا بکەرەوە (ئەو فایلانەی پێویستت پێیان نییە بگوازەرەوە یان بیانسڕەوە)، پاشان دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>the drive of %1 is full or cannot be written (%2): no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>فلاشی %1 پڕە یان ناتوانرێت تێیدا بنووسرێت (%2): هیچ یەدەگێک دروست نەکرا و گەنجینەکە نەگۆڕا: جێگە لەو فلاشەدا بکەرەوە، یان یەدەگ لە فلاشێکی تر بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="133"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was saved, the vault is as it was before; check that the drive is in place, then do it again; if it happens again, back the vault up to another drive at once</source>
        <translation>دیسکی گەنجینەی %1 نەخوێندرایەوە یان تێیدا نەنووسرا (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ هیچ پاشەکەوت نەکرا، گەنجینەکە وەک پێشتر ماوە؛ دڵنیابە کە دیسکەکە لە شوێنی خۆیدایە، پاشان دووبارە بیکەرەوە؛ ئەگەر دووبارە ڕوویدا، دەستبەجێ یەدەگی گەنجینەکە لە دیسکێکی تر بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="137"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; it stopped part way: what was saved before stays in the vault, the rest was not saved; check that the drive is in place, then look at what is there before doing the rest; if it happens again, back the vault up to another drive at once</source>
        <translation>دیسکی گەنجینەی %1 نەخوێندرایەوە یان تێیدا نەنووسرا (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ لە نیوەی ڕێگادا وەستا: ئەوەی پێشتر پاشەکەوت کرا لە گەنجینەکەدا دەمێنێت، ئەوەی تر پاشەکەوت نەکرا؛ دڵنیابە کە دیسکەکە لە شوێنی خۆیدایە، پاشان سەیری ئەوە بکە کە هەیە پێش ئەوەی ئەوەی ماوە بکەیت؛ ئەگەر دووبارە ڕوویدا، دەستبەجێ یەدەگی گەنجینەکە لە دیسکێکی تر بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="142"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not opened and nothing in it was changed; check that the drive is in place, then unlock again; if it happens again, copy the vault&apos;s folder to another drive at once</source>
        <translation>دیسکی گەنجینەی %1 نەخوێندرایەوە یان تێیدا نەنووسرا (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ گەنجینەکە نەکرایەوە و هیچی تێدا نەگۆڕا؛ دڵنیابە کە دیسکەکە لە شوێنی خۆیدایە، پاشان دووبارە بیکەرەوە؛ ئەگەر دووبارە ڕوویدا، دەستبەجێ بوخچەی گەنجینەکە بۆ دیسکێکی تر کۆپی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="146"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was restored, the vault is as it was and the copy begun beside it was deleted; check that the drive is in place, then restore again</source>
        <translation>دیسکی گەنجینەی %1 نەخوێندرایەوە یان تێیدا نەنووسرا (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ هیچ نەگەڕێندرایەوە، گەنجینەکە وەک خۆی ماوە و ئەو کۆپییەی لە تەنیشتیدا دەستی پێکردبوو سڕایەوە؛ دڵنیابە کە دیسکەکە لە شوێنی خۆیدایە، پاشان دووبارە بیگەڕێنەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="150"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; check that the drive is in place, then do it again</source>
        <translation>دیسکی گەنجینەی %1 نەخوێندرایەوە یان تێیدا نەنووسرا (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ کلیلی نوێ نەدرا بە گەنجینەکە و هیچ نەگۆڕا، وشەی نهێنی و کۆدی گەڕاندنەوەی پێشوو هێشتا دەیکەنەوە؛ دڵنیابە کە دیسکەکە لە شوێنی خۆیدایە، پاشان دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="154"/>
        <source>the drive of %1 could not be written (%2): it may be failing, or it was removed or made read-only; no backup was made and the vault is unchanged: check that the drive is in place, or back up to another</source>
        <translation>ناتوانرا لە فلاشی %1 بنووسرێت (%2): لەوانەیە تێکچووبێت، یان لابرابێت، یان تەنها بۆ خوێندنەوە کرابێت؛ هیچ یەدەگێک دروست نەکرا و گەنجینەکە نەگۆڕا: دڵنیابە کە فلاشەکە لە شوێنی خۆیدایە، یان یەدەگ لە فلاشێکی تر بگرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="157"/>
        <source>the case prefix must be 2 to 6 capital letters A-Z</source>
        <translation>پێشگری ژمارەی دۆسیە دەبێت 2 تا 6 پیتی گەورەی لاتینی A-Z بێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="158"/>
        <source>the new passphrase must differ from the one the vault has now</source>
        <translation>وشەی نهێنیی نوێ دەبێت جیاواز بێت لەوەی ئێستا گەنجینەکە هەیەتی</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="159"/>
        <source>give the rescue operation&apos;s number</source>
        <translation>ژمارەی ئۆپەراسیۆنی ڕزگارکردن بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="160"/>
        <source>born %1, after her abduction (%2): check both dates</source>
        <translation>لە %1 لەدایکبووە، دوای ڕفاندنی (%2): هەردوو بەروارەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="161"/>
        <source>%1 is recorded as female: not %2&apos;s father (their mother, or parent if the sex recorded is in doubt)</source>
        <translation>%1 وەک مێ تۆمار کراوە: باوکی %2 نییە (دایکییەتی، یان دایک یان باوک ئەگەر ڕەگەزی تۆمارکراو جێی گومان بێت)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="163"/>
        <source>%1 is recorded as male: not %2&apos;s mother (their father, or parent if the sex recorded is in doubt)</source>
        <translation>%1 وەک نێر تۆمار کراوە: دایکی %2 نییە (باوکییەتی، یان دایک یان باوک ئەگەر ڕەگەزی تۆمارکراو جێی گومان بێت)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="165"/>
        <source>%1 is already %2&apos;s %3: not also their %4</source>
        <translation>%1 پێشتر (%3)ی %2یە: ناتوانێت هەروەها (%4)ی بێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="167"/>
        <source>%1 (birth: %2) would be a parent of %3 (birth: %4), older by %5: fewer than 12 years between their births, even read as widely as they are written; check the births and the relation</source>
        <translation>%1 (لەدایکبوون: %2) دەبێتە دایک یان باوکی %3 (لەدایکبوون: %4)، و %5 لەو گەورەترە: کەمتر لە 12 ساڵ لە نێوان لەدایکبوونەکانیاندا، تەنانەت بە فراوانترین خوێندنەوەی ئەوەی نووسراوە؛ لەدایکبوونەکان و پەیوەندییەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="170"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 فایلە، نەک بوخچە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>%1 cannot be written to (read-only, or not yours)</source>
        <translation>ناتوانرێت لە %1 بنووسرێت (تەنها بۆ خوێندنەوەیە، یان هی تۆ نییە)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="173"/>
        <source>this is the vault&apos;s passphrase: a PDF&apos;s password is told to whoever reads the paper, so choose another; nothing was written</source>
        <translation>ئەمە وشەی نهێنیی گەنجینەکەیە: وشەی نهێنیی PDF بەو کەسە دەوترێت کە کاغەزەکە دەخوێنێتەوە، بۆیە یەکێکی تر هەڵبژێرە؛ هیچ نەنووسرا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="176"/>
        <source>the PDF cannot be written to %1 (read-only, or not yours): nothing was saved; choose another folder or drive</source>
        <translation>ناتوانرێت فایلی PDF لە %1 بنووسرێت (تەنها بۆ خوێندنەوەیە، یان هی تۆ نییە): هیچ پاشەکەوت نەکرا؛ بوخچەیەکی تر یان فلاشێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="178"/>
        <source>the drive of %1 is full: nothing was saved; free space on it, or choose another drive</source>
        <translation>فلاشی %1 پڕە: هیچ پاشەکەوت نەکرا؛ جێگە تێیدا بکەرەوە، یان فلاشێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="182"/>
        <source>a family summary lists one family&apos;s own persons, and these are not linked as relatives in the vault (%1): make one summary for each family, or, if they are one family, link them first (Link relative on her page)</source>
        <translation>پوختەی خێزان تەنها کەسانی یەک خێزان دەژمێرێت، و ئەمانە لە گەنجینەدا وەک خزم پێکەوە نەبەستراونەتەوە (%1): بۆ هەر خێزانێک پوختەیەک دروست بکە، یان ئەگەر یەک خێزانن، سەرەتا بیانبەستەوە («بەستنەوەی خزم» لە لاپەڕەکەی)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>%1 was not rescued in operation %2: under Whose family, give the case number of a person it freed</source>
        <translation>%1 لە ئۆپەراسیۆنی %2 ڕزگار نەکرا: لە ژێر «خێزانی کێ» ژمارەی دۆسیەی کەسێک بنووسە کە ئازادی کرد</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="188"/>
        <source>%1 is not named in operation %2, and it freed none of them: under Whose family, give the case number of a person it names</source>
        <translation>%1 لە ئۆپەراسیۆنی %2 ناوی نەهاتووە، و هیچ کامیانی ئازاد نەکرد: لە ژێر «خێزانی کێ» ژمارەی دۆسیەی کەسێک بنووسە کە ناوی دەبات</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="190"/>
        <source>%1 is not named in operation %2, and it does not say whether it freed anyone: under Whose family, give the case number of a person it names</source>
        <translation>%1 لە ئۆپەراسیۆنی %2 ناوی نەهاتووە، و ناڵێت کەسی ئازاد کردووە یان نا: لە ژێر «خێزانی کێ» ژمارەی دۆسیەی کەسێک بنووسە کە ناوی دەبات</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="193"/>
        <source>operation %1 freed no one: a public document does not tell of it (it would say only that an attempt for someone failed); it is made only of an operation that freed someone</source>
        <translation>ئۆپەراسیۆنی %1 کەسی ئازاد نەکرد: بەڵگەنامەی گشتی باسی ناکات (تەنها ئەوە دەڵێت کە هەوڵێک بۆ کەسێک سەرکەوتوو نەبوو)؛ تەنها بۆ ئۆپەراسیۆنێک دروست دەکرێت کە کەسێکی ئازاد کردبێت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="197"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) more than %4: a similar name, not a spelling)</source>
        <translation>هیچ گوندێک لە گەنجینەدا بە &quot;%1&quot; نەنووسراوە (بە هیچ ڕێنووس و شێوەنووسینێکی ئەو شوێنە)؛ لەوانەیە مەبەست %2 بێت: گوندی مەبەست بنووسە (&quot;%1&quot; %3 پیتی زیاترە لە %4: ناوێکی هاوشێوەیە، نەک شێوەنووسینێکی)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="200"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) fewer than %4: a similar name, not a spelling)</source>
        <translation>هیچ گوندێک لە گەنجینەدا بە &quot;%1&quot; نەنووسراوە (بە هیچ ڕێنووس و شێوەنووسینێکی ئەو شوێنە)؛ لەوانەیە مەبەست %2 بێت: گوندی مەبەست بنووسە (&quot;%1&quot; %3 پیتی کەمترە لە %4: ناوێکی هاوشێوەیە، نەک شێوەنووسینێکی)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="203"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has other letters than %4: a similar name, not a spelling)</source>
        <translation>هیچ گوندێک لە گەنجینەدا بە &quot;%1&quot; نەنووسراوە (بە هیچ ڕێنووس و شێوەنووسینێکی ئەو شوێنە)؛ لەوانەیە مەبەست %2 بێت: گوندی مەبەست بنووسە (پیتەکانی &quot;%1&quot; جیاوازن لە هی %4: ناوێکی هاوشێوەیە، نەک شێوەنووسینێکی)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="207"/>
        <source>unexpected error (%1); the vault was not changed by it</source>
        <translation>هەڵەیەکی چاوەڕواننەکراو (%1)؛ گەنجینەکە بەهۆیەوە نەگۆڕا</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="630"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <source>withdrawn in an earlier version of this list (batch %1, row %2) from %3 on %4, put on no one since: it waits for a decision, also with --yes</source>
        <translation>لە وەشانێکی پێشووی ئەم لیستەدا (دەستەی %1، ڕیزی %2) لە %3 لە %4 کێشرایەوە، و لەو کاتەوە نەدراوەتە کەس: چاوەڕێی بڕیارە، تەنانەت لەگەڵ ‎--yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="574"/>
        <source>withdrawn in an earlier version of this list (batch %1, row %2) on %3, put on no one since: it waits for a decision, also with --yes</source>
        <translation>لە وەشانێکی پێشووی ئەم لیستەدا (دەستەی %1، ڕیزی %2) لە %3 کێشرایەوە، و لەو کاتەوە نەدراوەتە کەس: چاوەڕێی بڕیارە، تەنانەت لەگەڵ ‎--yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="585"/>
        <source>row %1</source>
        <translation>ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>another record fits as well: %1 (score %2)</source>
        <translation>تۆمارێکی تریش بە هەمان ئەندازە دەگونجێت: %1 (نمرە %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), decided by hand then: %3</source>
        <translation>لە دوایین هاوردەکردنی ئەم لیستەدا بە ڕێنووسێکی تر نووسراوە (کۆمەڵەی %1، ڕیزی %2)، ئەوکات بە دەست بڕیاری لەسەر درا: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="594"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), created then: %3</source>
        <translation>لە دوایین هاوردەکردنی ئەم لیستەدا بە ڕێنووسێکی تر نووسراوە (کۆمەڵەی %1، ڕیزی %2)، ئەوکات لێیەوە دروست کرا: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="602"/>
        <source>asked again: row %1, the same woman by the names, has been decided anew</source>
        <translation>دووبارە پرسیاری لێ دەکرێتەوە: ڕیزی %1، کە بە پێی ناوەکان هەمان ئافرەتە، بڕیارێکی نوێی لەسەر درا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>the same row as in the last import of this list (batch %1)</source>
        <translation>هەمان ڕیز وەک لە دوایین هاوردەکردنی ئەم لیستەدا (کۆمەڵەی %1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>the list&apos;s case number names this record</source>
        <translation>ژمارەی دۆسیەی لیستەکە ئەم تۆمارە ناو دەبات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>the list&apos;s case number names %1, not this record</source>
        <translation>ژمارەی دۆسیەی لیستەکە ⁦%1⁩ ناو دەبات، نەک ئەم تۆمارە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="616"/>
        <source>another record fits as well</source>
        <translation>تۆمارێکی تریش بە هەمان ئەندازە دەگونجێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>read as leaving out the father&apos;s name</source>
        <translation>ناوەکە بێ ناوی باوک خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>read with the family name in the grandfather&apos;s column</source>
        <translation>ناوی بنەماڵە لە خانەی ناوی باپیر خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="623"/>
        <source>read with the grandfather&apos;s and family names swapped</source>
        <translation>ناوی باپیر و ناوی بنەماڵە بە پێچەوانە خوێندرانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>read with the grandfather&apos;s name in the family name&apos;s column</source>
        <translation>ناوی باپیر لە خانەی ناوی بنەماڵە خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>more records fit as well: %1</source>
        <translation>تۆماری تریش بە هەمان ئەندازە دەگونجێن: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>only a given name on one side: asked because it and more agree</source>
        <translation>لە لایەکیان تەنها ناوی یەکەم هەیە: پرسیاری لێکرا چونکە ئەو و خانەی تریش یەک دەگرنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="635"/>
        <source>only a given and a family name on one side, no father&apos;s name: asked because they and more agree</source>
        <translation>لە لایەکیان تەنها ناوی یەکەم و ناوی بنەماڵە هەیە، بێ ناوی باوک: پرسیاری لێکرا چونکە ئەوان و خانەی تریش یەک دەگرنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>only a given and a family name on one side, no father&apos;s name: the only record of them that nothing disagrees with, so asked</source>
        <translation>لە لایەکیان تەنها ناوی یەکەم و ناوی بنەماڵە هەیە، بێ ناوی باوک: تاکە تۆماری ئەو دوو ناوەیە کە هیچ شتێک دژی نییە، بۆیە پرسیاری لێکرا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="643"/>
        <source>the whole name agrees: asked although other fields disagree</source>
        <translation>هەموو ناوەکە یەک دەگرێتەوە: پرسیاری لێکرا هەرچەندە خانەکانی تر جیاوازن</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>the given names partly agree and the rest of the name agrees: asked</source>
        <translation>ناوە یەکەمەکان بەشێکیان وەک یەکن و باقی ناوەکە وەک یەکە: پرسیاری لێ دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>her given name is not known, and her father&apos;s and grandfather&apos;s names agree: asked</source>
        <translation>ناوی خۆی نازانرێت، و ناوی باوک و باپیری یەک دەگرنەوە: پرسیاری لێدەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="653"/>
        <source>known by the same kunya, a given name not given: asked</source>
        <translation>بە هەمان کونیە ناسراون، ناوی خۆی نەدراوە: پرسیاری لێدەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="656"/>
        <source>known as the wife of a man of the same name, one written with a word more before his name: asked</source>
        <translation>وەک ژنی پیاوێک بە هەمان ناو دەناسرێت، لە یەکێکیاندا وشەیەکی زیاتر پێش ناوەکەی نووسراوە: پرسیار دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="660"/>
        <source>known as the wife of a man of the same name, a given name not given: asked</source>
        <translation>وەک ژنی پیاوێک بە هەمان ناو دەناسرێت، ناوی یەکەم نەدراوە: پرسیار دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="666"/>
        <source>the birth years are %1 years apart</source>
        <translation>نێوان ساڵەکانی لەدایکبوون %1 ساڵە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="668"/>
        <source>the birth years are %1 years apart, but agree if the age given in %2 was her age when taken in %3</source>
        <translation>نێوان ساڵەکانی لەدایکبوون %1 ساڵە، بەڵام یەک دەگرنەوە ئەگەر ئەو تەمەنەی لە %2 دراوە تەمەنی ئەو بێت لە کاتی ڕفاندن لە %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>nothing but the birth disagrees: asked</source>
        <translation>تەنها لەدایکبوون جیاوازە: پرسیاری لێ دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>the given names only partly agree and the births disagree: sisters, or one woman whose birth was given differently: asked</source>
        <translation>ناوە یەکەمەکان تەنها بەشێکیان وەک یەکن و لەدایکبوونەکان جیاوازن: دوو خوشک، یان یەک ئافرەت کە لەدایکبوونی بە جۆرێکی تر دراوە: پرسیاری لێ دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="679"/>
        <source>found as %1, a record merged into %2</source>
        <translation>وەک %1 دۆزرایەوە، تۆمارێک کە تێکەڵی %2 کراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="683"/>
        <source>the record changed after this row was decided</source>
        <translation>تۆمارەکە دوای بڕیاردان لەسەر ئەم ڕیزە گۆڕا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="686"/>
        <source>added to the vault after this list was staged</source>
        <translation>دوای ئامادەکردنی ئەم لیستە خرایە ناو گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="902"/>
        <location filename="../../ui/labels.py" line="556"/>
        <location filename="../../ui/list_changes.py" line="165"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="366"/>
        <source>full name</source>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="367"/>
        <source>given name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="368"/>
        <source>father</source>
        <translation>باوک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>grandfather</source>
        <translation>باپیر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="370"/>
        <source>family / clan</source>
        <translation>بنەماڵە / هۆز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="371"/>
        <source>mother</source>
        <translation>دایک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>nickname</source>
        <translation>نازناو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373"/>
        <source>other spelling</source>
        <translation>ڕێنووسێکی تر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>nickname / other spellings</source>
        <translation>نازناو / ڕێنووسەکانی تر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="376"/>
        <source>sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377"/>
        <source>born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>age</source>
        <translation>تەمەن</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379"/>
        <source>village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380"/>
        <source>district</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382"/>
        <location filename="../../ui/labels.py" line="383"/>
        <source>abduction date</source>
        <translation>ڕێکەوتی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>abduction place</source>
        <translation>شوێنی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="385"/>
        <source>status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="386"/>
        <source>date rescued</source>
        <translation>ڕێکەوتی ڕزگاربوون</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>status date</source>
        <translation>بەرواری دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>last known location</source>
        <translation>دوایین شوێنی زانراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389"/>
        <source>notes</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="390"/>
        <source>case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="392"/>
        <source>phone (a family contact)</source>
        <translation>تەلەفۆن (پەیوەندییەکی خێزان)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="393"/>
        <source>whom the phone reaches (name)</source>
        <translation>خاوەنی تەلەفۆن (ناو)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="394"/>
        <source>whom the phone reaches (relation)</source>
        <translation>خاوەنی تەلەفۆن (خزمایەتی)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>serial number (kept, not imported)</source>
        <translation>ژمارەی زنجیرە (هەڵدەگیرێت، هاوردە ناکرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397"/>
        <source>ignore this column</source>
        <translation>ئەم ستوونە پشتگوێ بخە</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/audit_words.py" line="18"/>
        <source>Record created</source>
        <translation>تۆمار دروستکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="19"/>
        <source>Edited</source>
        <translation>دەستکاری کرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="20"/>
        <source>Updated from a list</source>
        <translation>لە لیستێکەوە نوێکرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="21"/>
        <source>A list&apos;s row withdrawn from this record</source>
        <translation>ڕیزێکی لیستێک لەم تۆمارە کێشرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="24"/>
        <source>Given what was said of the whole list, not in this person&apos;s row</source>
        <translation>ئەوەی بۆ هەموو لیستەکە گوترا پێی درا، نەک ئەوەی لە ڕیزی ئەم کەسەدا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="26"/>
        <source>Merged %1 into this record</source>
        <translation>%1 تێکەڵی ئەم تۆمارە کرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="27"/>
        <source>Merged into %1</source>
        <translation>تێکەڵی %1 کرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="28"/>
        <source>Split %1 out of this record</source>
        <translation>%1 لەم تۆمارە جیاکرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="29"/>
        <source>Split out of %1</source>
        <translation>لە %1 جیاکرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="32"/>
        <source>Other spellings from %1 set right</source>
        <translation>ڕێنووسەکانی تری هاتوو لە %1 ڕاستکرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="35"/>
        <source>Set right when this version first opened the vault</source>
        <translation>ڕاستکرایەوە کاتێک ئەم وەشانە یەکەمجار گەنجینەکەی کردەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="37"/>
        <source>Relative linked: %1</source>
        <translation>خزمێک بەسترا: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="38"/>
        <source>Family contact added</source>
        <translation>پەیوەندییەکی خێزان زیادکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="39"/>
        <source>Family contact added from a list&apos;s phone column</source>
        <translation>پەیوەندییەکی خێزان لە ستوونی تەلەفۆنی لیستێکەوە زیادکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="41"/>
        <source>Family contact taken back with a list&apos;s withdrawn row</source>
        <translation>پەیوەندییەکی خێزان لەگەڵ ڕیزێکی کێشراوەی لیستێک کێشرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="43"/>
        <source>Photo added</source>
        <translation>وێنەیەک زیادکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="45"/>
        <source>Photo removed</source>
        <translation>وێنەیەک لابرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="46"/>
        <source>Family contact removed</source>
        <translation>پەیوەندییەکی خێزان لابرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="47"/>
        <source>Relative link removed: %1</source>
        <translation>پەیوەندیی خزمایەتی لابرا: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="48"/>
        <source>Deleted</source>
        <translation>سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="49"/>
        <source>Marked as not the same person as %1</source>
        <translation>تۆمارکرا کە %1 هەمان کەس نییە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="50"/>
        <source>No longer marked as not the same person as %1</source>
        <translation>ئەو تۆمارەی کە %1 هەمان کەس نییە هەڵوەشایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="52"/>
        <source>Not the same person as %1: withdrawn by a merge</source>
        <translation>بڕیاری ئەوەی %1 هەمان کەس نییە بە تێکەڵکردن کشایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="54"/>
        <source>Not the same person as %1: given back by a split</source>
        <translation>بڕیاری ئەوەی %1 هەمان کەس نییە بە جیاکردنەوە گەڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="56"/>
        <source>Family contact changed</source>
        <translation>پەیوەندییەکی خێزان گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="58"/>
        <source>Edit undone</source>
        <translation>دەستکارییەک هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="59"/>
        <source>Status withdrawn: %1</source>
        <translation>دۆخێک کشێندرایەوە: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="60"/>
        <source>Rescue recorded</source>
        <translation>ڕزگارکردنێک تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="61"/>
        <source>Rescue changed</source>
        <translation>ڕزگارکردنەکە گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="62"/>
        <source>Rescue ledger changed</source>
        <translation>تۆماری تێچووەکانی ڕزگارکردن گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="63"/>
        <source>Rescue deleted</source>
        <translation>ڕزگارکردنەکە سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="64"/>
        <source>Report filed</source>
        <translation>ڕاپۆرتێک تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="65"/>
        <source>Report changed</source>
        <translation>ڕاپۆرتەکە گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="66"/>
        <source>Report deleted</source>
        <translation>ڕاپۆرتەکە سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="67"/>
        <source>Incident recorded</source>
        <translation>ڕووداوێک تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="68"/>
        <source>List read and staged for import</source>
        <translation>لیستێک خوێندرایەوە و بۆ هاوردەکردن ئامادەکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="69"/>
        <source>Rows of a list decided</source>
        <translation>بڕیار لەسەر ڕیزەکانی لیستێک درا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="70"/>
        <source>List imported</source>
        <translation>لیستێک هاوردەکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="71"/>
        <source>Staged list discarded</source>
        <translation>لیستێکی ئامادەکراو فڕێدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="72"/>
        <source>A list&apos;s row withdrawn</source>
        <translation>ڕیزێکی لیستێک کێشرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="73"/>
        <source>Saved column mapping deleted</source>
        <translation>ڕێکخستنێکی پاشەکەوتکراوی ستوونەکان سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="75"/>
        <source>Dossier exported</source>
        <translation>دۆسیەیەک هەناردەکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="76"/>
        <source>Dossier printed</source>
        <translation>دۆسیەیەک چاپکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="77"/>
        <source>Case summary exported</source>
        <translation>پوختەی دۆسیەکان هەناردەکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="78"/>
        <source>Case summary printed</source>
        <translation>پوختەی دۆسیەکان چاپکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="79"/>
        <source>Rescue report exported</source>
        <translation>ڕاپۆرتی کردەوەی ڕزگارکردن هەناردەکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="80"/>
        <source>Rescue report printed</source>
        <translation>ڕاپۆرتی کردەوەی ڕزگارکردن چاپکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="81"/>
        <source>A list&apos;s rows saved to a CSV file</source>
        <translation>ڕیزەکانی لیستێک لە فایلێکی ⁦CSV⁩ پاشەکەوتکران</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="82"/>
        <source>Vault created</source>
        <translation>گەنجینە دروستکرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="83"/>
        <source>Vault unlocked</source>
        <translation>گەنجینە کرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="84"/>
        <source>Passphrase changed</source>
        <translation>وشەی نهێنی گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="85"/>
        <source>Vault encrypted under a new key, with a new passphrase and recovery code</source>
        <translation>گەنجینەکە بە کلیلێکی نوێ شفرە کرا، لەگەڵ وشەی نهێنی و کۆدی گەڕاندنەوەی نوێ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="87"/>
        <source>Backup made and checked</source>
        <translation>یەدەگ گیرا و پشکنرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="88"/>
        <source>Restored from a backup</source>
        <translation>لە یەدەگێکەوە گەڕێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="89"/>
        <source>Recovery code replaced</source>
        <translation>کۆدی گەڕاندنەوە گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="91"/>
        <source>Copy left beside the vault by a restore cut off, deleted</source>
        <translation>کۆپییەک کە گەڕاندنەوەیەکی پچڕاو لە تەنیشت گەنجینەکە بەجێی هێشتبوو، سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="94"/>
        <source>Current statuses chosen again by this version</source>
        <translation>ئەم وەشانە دۆخە ئێستاکانی دووبارە هەڵبژاردەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="96"/>
        <source>Reports withheld until someone judges them</source>
        <translation>ڕاپۆرتەکان شاردرانەوە تا کەسێک هەڵیانبسەنگێنێت</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="98"/>
        <source>Dates kept as Excel numbers set right</source>
        <translation>ئەو بەروارانەی وەک ژمارەی ⁦Excel⁩ هەڵگیرابوون ڕاستکرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="99"/>
        <source>Other spellings from merges set right</source>
        <translation>ڕێنووسەکانی تری هاتوو لە تێکەڵکردنەکان ڕاستکرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="100"/>
        <source>List rows given back to the records split out</source>
        <translation>ڕیزەکانی لیستەکان گەڕێندرانەوە بۆ ئەو تۆمارانەی جیاکرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="102"/>
        <source>Statuses an earlier split left on the record kept taken back</source>
        <translation>ئەو دۆخانەی جیاکردنەوەیەکی پێشوو لەسەر تۆماری هێڵراوە جێی هێشتبوون وەرگیرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="104"/>
        <source>Earlier lists&apos; «none» and «not known» left blank in names and places</source>
        <translation>«نییە» و «نەزانراو»ی لیستە پێشووەکان لە ناو و شوێنەکاندا بەتاڵ هێڵرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="106"/>
        <source>Earlier lists&apos; ages and undated statuses read again</source>
        <translation>تەمەن و دۆخە بێبەروارەکانی لیستە پێشووەکان دووبارە خوێندرانەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="109"/>
        <source>Words of notes erased from earlier entries</source>
        <translation>دەقی تێبینییەکان لە تۆمارە پێشووەکان سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="114"/>
        <source>Content erased when the record was deleted</source>
        <translation>ناوەڕۆکەکەی سڕایەوە کاتێک تۆمارەکە سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="115"/>
        <source>(erased)</source>
        <translation>(سڕایەوە)</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="117"/>
        <source>entries about her erased: %1</source>
        <translation>تۆمارەکانی دەربارەی ئەو کە ناوەڕۆکیان سڕایەوە: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="120"/>
        <source>notes changed</source>
        <translation>تێبینییەکان گۆڕدران</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="123"/>
        <source>the words of the notes erased from this entry when this version first opened the vault</source>
        <translation>دەقی تێبینییەکان لەم تۆمارە سڕایەوە کاتێک ئەم وەشانە یەکەمجار گەنجینەکەی کردەوە</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="127"/>
        <source>entries erased of the words of notes: %1</source>
        <translation>ئەو تۆمارانەی دەقی تێبینییەکانیان لێ سڕایەوە: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="191"/>
        <source>linked despite their births: %1 between them</source>
        <translation>سەرەڕای لەدایکبوونەکانیان بەستراونەتەوە: %1 لە نێوانیاندا</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="207"/>
        <source>folders deleted: %1</source>
        <translation>بوخچە سڕاوەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="53"/>
        <source>The vault</source>
        <translation>گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="56"/>
        <location filename="../../ui/history_words.py" line="57"/>
        <source>Person %1</source>
        <translation>کەسی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="58"/>
        <source>Rescue %1</source>
        <translation>ڕزگارکردنی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="59"/>
        <source>Report %1</source>
        <translation>ڕاپۆرتی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="60"/>
        <source>Import %1</source>
        <translation>هاوردەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="61"/>
        <source>Incident %1</source>
        <translation>ڕووداوی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="62"/>
        <source>Column mapping of %1</source>
        <translation>ڕێکخستنی ستوونەکانی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="72"/>
        <source>date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="73"/>
        <source>from</source>
        <translation>لە کوێوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="74"/>
        <source>route</source>
        <translation>ڕێگا</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="75"/>
        <source>handover point</source>
        <translation>شوێنی ڕادەستکردن</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="76"/>
        <source>team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="77"/>
        <source>outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="78"/>
        <source>handover to family</source>
        <translation>ڕادەستکردن بە خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="79"/>
        <source>needs</source>
        <translation>پێداویستییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="80"/>
        <source>notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="81"/>
        <source>the status it gives</source>
        <translation>ئەو دۆخەی دەیدات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="82"/>
        <source>who was paid</source>
        <translation>پارە بە کێ درا</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="83"/>
        <source>what it was for</source>
        <translation>بۆ چی بوو</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="84"/>
        <source>received</source>
        <translation>کاتی وەرگرتن</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="85"/>
        <source>observed</source>
        <translation>کاتی بینین</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="86"/>
        <source>place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="87"/>
        <source>text</source>
        <translation>دەق</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="88"/>
        <source>source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="89"/>
        <source>credibility</source>
        <translation>باوەڕپێکراوی</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="90"/>
        <source>whether it could identify its source</source>
        <translation>ئایا لەوانەیە سەرچاوەکەی ئاشکرا بکات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="92"/>
        <source>name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="93"/>
        <source>phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="94"/>
        <source>relation</source>
        <translation>پەیوەندی خزمایەتی</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="95"/>
        <source>persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="96"/>
        <source>proved false</source>
        <translation>درۆ دەرچوو</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="97"/>
        <source>when it proved false</source>
        <translation>کەی درۆ دەرچوو</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="115"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (زیادکرا)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="116"/>
        <source>%1: %2 (removed)</source>
        <translation>%1: %2 (لابرا)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="129"/>
        <source>sex: %1</source>
        <translation>ڕەگەز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="132"/>
        <source>status: %1</source>
        <translation>دۆخ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="135"/>
        <location filename="../../ui/history_words.py" line="143"/>
        <source>dated %1</source>
        <translation>بە بەرواری %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="137"/>
        <source>on report %1</source>
        <translation>لەسەر بنەمای ڕاپۆرتی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1، بە بەرواری %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="146"/>
        <source>why: a merge had made a relative&apos;s name alone one of this record&apos;s other spellings; it is now inside the whole name as that record writes it</source>
        <translation>هۆکار: یەکخستنێک ناوی خزمێکی بە تەنیا کردبووە یەکێک لە ڕێنووسەکانی تری ئەم تۆمارە؛ ئێستا لەناو ناوی تەواودایە وەک ئەو تۆمارە دەینووسێت</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="156"/>
        <source>import %1, row %2</source>
        <translation>هاوردەی %1، ڕیزی %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="158"/>
        <source>import %1</source>
        <translation>هاوردەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="161"/>
        <source>reason: %1</source>
        <translation>هۆکار: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="163"/>
        <source>note: %1</source>
        <translation>تێبینی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="164"/>
        <source>via the command line</source>
        <translation>لە ڕێگەی هێڵی فەرمانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="165"/>
        <source>via the desktop program</source>
        <translation>لە ڕێگەی بەرنامەی سەرمێزەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="172"/>
        <location filename="../../ui/records_view.py" line="494"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="194"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="201"/>
        <source>%1 (not a known currency code)</source>
        <translation>%1 (کۆدی دراوێکی ناسراو نییە)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="242"/>
        <source>persons: %1</source>
        <translation>کەسەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="244"/>
        <source>persons since deleted: %1</source>
        <translation>کەسانێک کە دواتر سڕانەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="248"/>
        <source>added: %1</source>
        <translation>زیادکرا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="249"/>
        <source>taken off: %1</source>
        <translation>لابرا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="257"/>
        <source>gives no status</source>
        <translation>هیچ دۆخێک نادات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="258"/>
        <source>gives the status %1</source>
        <translation>دۆخی %1 دەدات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="261"/>
        <source>costs: %1</source>
        <translation>تێچووەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="269"/>
        <source>ledger changed: %1; the amounts as they were: %2</source>
        <translation>تێچووەکان گۆڕان: %1؛ بڕەکان وەک خۆیان: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="272"/>
        <source>ledger now: %1; was: %2</source>
        <translation>تێچووەکان ئێستا: %1؛ پێشتر: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="277"/>
        <source>source: %1</source>
        <translation>سەرچاوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="279"/>
        <source>credibility: %1</source>
        <translation>باوەڕپێکراوی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="283"/>
        <source>could identify its source</source>
        <translation>لەوانەیە سەرچاوەکەی ئاشکرا بکات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="285"/>
        <source>cannot identify its source</source>
        <translation>ناتوانێت سەرچاوەکەی ئاشکرا بکات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="274"/>
        <location filename="../../ui/history_words.py" line="297"/>
        <source>changed: %1</source>
        <translation>گۆڕاو: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="289"/>
        <source>no longer marked proved false</source>
        <translation>ئیتر وەک درۆ نیشان نەکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="291"/>
        <source>marked proved false %1</source>
        <translation>وەک درۆ نیشان کرا %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="293"/>
        <source>still marked proved false %1</source>
        <translation>هێشتا وەک درۆ نیشان کراوە %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="307"/>
        <source>deleted with %1</source>
        <translation>لەگەڵ %1 سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="308"/>
        <source>records merged into it: %1</source>
        <translation>ئەو تۆمارانەی تێکەڵی کرابوون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="309"/>
        <source>rescues that named her: %1</source>
        <translation>ئەو ڕزگارکردنانەی ناویان هێنابوو: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="310"/>
        <source>reports that named her: %1</source>
        <translation>ئەو ڕاپۆرتانەی ناویان هێنابوو: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="311"/>
        <source>relatives: %1</source>
        <translation>خزمەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="317"/>
        <source>for: %1</source>
        <translation>بۆ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="320"/>
        <source>language: %1</source>
        <translation>زمان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="323"/>
        <source>with a password</source>
        <translation>پارێزراو بە وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="325"/>
        <source>with the recovery code</source>
        <translation>بە کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="327"/>
        <source>with the passphrase</source>
        <translation>بە وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="331"/>
        <source>audit chain head: %1</source>
        <translation>سەری زنجیرەی تۆماری پشکنین: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="334"/>
        <source>synthetic persons, for trying things</source>
        <translation>کەسانی دەستکرد، بۆ تاقیکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="336"/>
        <source>records set right: %1</source>
        <translation>تۆمارە ڕاستکراوەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="339"/>
        <source>reports withheld: %1</source>
        <translation>ڕاپۆرتە شاردراوەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="354"/>
        <source>rows read: %1</source>
        <translation>ڕیزە خوێندراوەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="356"/>
        <source>rows: %1</source>
        <translation>ڕیزەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="361"/>
        <source>values the vault kept: %1</source>
        <translation>ئەو بەهایانەی گەنجینە هێشتنیەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="367"/>
        <source>row %1: %2 %3</source>
        <translation>ڕیزی %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="369"/>
        <source>row %1: %2</source>
        <translation>ڕیزی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="371"/>
        <source>as row %1 (rows: %2)</source>
        <translation>وەک ڕیزی %1 (ڕیزەکان: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="374"/>
        <source>%1 (rows: %2)</source>
        <translation>%1 (ڕیزەکان: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="376"/>
        <source>row %1 taken back from %2</source>
        <translation>ڕیزی %1 لە %2 کێشرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="379"/>
        <source>the record the row had made was deleted</source>
        <translation>ئەو تۆمارەی ڕیزەکە دروستی کردبوو سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="397"/>
        <source>Statuses from rescue %1 taken back</source>
        <translation>ئەو دۆخانەی ڕزگارکردنی %1 دابووی کێشرانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="399"/>
        <source>Status from rescue %1: %2</source>
        <translation>دۆخ لە ڕزگارکردنی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="405"/>
        <source>Status %1 re-dated %2 → %3, as report %4</source>
        <translation>دۆخی %1 بەرواری نوێی وەرگرت %2 ← %3، وەک ڕاپۆرتی %4</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="408"/>
        <source>Status changed to %1</source>
        <translation>دۆخ گۆڕا بۆ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="433"/>
        <source>row %1 of import batch %2 decided a new person by hand</source>
        <translation>ڕیزی %1 لە کۆمەڵەی هاوردەکردنی %2 بە دەست بڕیاری کەسێکی نوێی لەسەر درا</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="387"/>
        <location filename="../../ui/history_words.py" line="410"/>
        <source>Status recorded: %1</source>
        <translation>دۆخێک تۆمارکرا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="15"/>
        <source>the birth %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>لەدایکبوون %1 وەک ڕۆژەکەی پیشاندرا، %2 (وەک ژمارەی Excel ی ئەو ڕۆژە هەڵگیرابوو)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="17"/>
        <source>the date of abduction %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>بەرواری ڕفاندن %1 وەک ڕۆژەکەی پیشاندرا، %2 (وەک ژمارەی Excel ی ئەو ڕۆژە هەڵگیرابوو)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="20"/>
        <source>the date of a status %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>بەرواری دۆخێک %1 وەک ڕۆژەکەی پیشاندرا، %2 (وەک ژمارەی Excel ی ئەو ڕۆژە هەڵگیرابوو)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="37"/>
        <source>the birth %1 read as an age: born %2 (ages written in a birth column are now read)</source>
        <translation>لەدایکبوون %1 وەک تەمەن خوێندرایەوە: لەدایکبووی %2 (تەمەنە نووسراوەکان لە ستوونی لەدایکبووندا ئێستا دەخوێندرێنەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="42"/>
        <source>the birth %1, read as the years %2, read as an age: born %3 (a number after a word for &apos;about&apos; in a birth column is an age, not a year written short)</source>
        <translation>لەدایکبوون %1، کە وەک ساڵانی %2 خوێندرابووەوە، وەک تەمەن خوێندرایەوە: لەدایکبوون %3 (ژمارەیەک لە دوای وشەی «نزیکەی» لە ستوونی لەدایکبوون تەمەنە، نەک ساڵێکی کورتکراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="48"/>
        <source>the status %1, which a list gave with no date, dated by %2: the day the list was read</source>
        <translation>دۆخی %1، کە لیستێک بەبێ بەروار دایبوو، بە %2 بەروار کرا: ڕۆژی خوێندنەوەی لیستەکە</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="57"/>
        <source>why: an import of an earlier version had stored words that say none is known as names or places; they are left blank</source>
        <translation>هۆکار: هاوردەیەکی وەشانێکی پێشوو وشەی وەک «نەزانراو»ی وەک ناو یان شوێن پاشەکەوت کردبوو؛ بەتاڵ هێڵرانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="61"/>
        <source>the status %1 (%2), which came with %3, taken back: a split of an earlier version had left it here</source>
        <translation>دۆخی %1 (%2) کە لەگەڵ %3 هاتبوو وەرگیرایەوە: جیاکردنەوەیەک لە وەشانێکی پێشوودا لێرە جێی هێشتبوو</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="66"/>
        <source>current status %1, where it was %2 (the day report %3 came in was corrected: what it tells reaches no later than that day)</source>
        <translation>دۆخی ئێستا %1، لە جیاتی %2 (ڕۆژی گەیشتنی ڕاپۆرتی %3 ڕاست کرایەوە: ئەوەی دەیگێڕێتەوە لەو ڕۆژە تێناپەڕێت)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="72"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case; a date reaches no later than its report came in or the day it was told)</source>
        <translation>دۆخی ئێستا %1، لە جیاتی %2 (دۆخێک کە دواتر گوترا هەژمار دەکرێت، مەگەر هەنگاوێک بێت بۆ دواوە لە ڕێڕەوی کەیسەکەدا؛ بەروارێک لە ڕۆژی گەیشتنی ڕاپۆرتەکەی یان ڕۆژی گوتنی تێناپەڕێت)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="78"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case)</source>
        <translation>دۆخی ئێستا %1، لە جیاتی %2 (دۆخێک کە دواتر گوترا هەژمار دەکرێت، مەگەر هەنگاوێک بێت بۆ دواوە لە ڕێڕەوی کەیسەکەدا)</translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <location filename="../../ui/import_changes.py" line="36"/>
        <source>%1 (Latin letters)</source>
        <translation>%1 (بە پیتی لاتینی)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="38"/>
        <source>%1 (Arabic script)</source>
        <translation>%1 (بە پیتی عەرەبی)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="41"/>
        <source>other spellings</source>
        <translation>ڕێنووسەکانی تر</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="43"/>
        <source>circumstances of the abduction</source>
        <translation>بارودۆخی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="45"/>
        <source>held by</source>
        <translation>لەلایەن کێوە ڕاگیراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="46"/>
        <source>sharing</source>
        <translation>هاوبەشکردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="47"/>
        <source>incident</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="73"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (زیاد دەکرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="102"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: لە %2 بۆ %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="114"/>
        <source>list “%1”</source>
        <translation>لیستی «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="116"/>
        <source>batch %1</source>
        <translation>کۆمەڵەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="118"/>
        <source>row %1</source>
        <translation>ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="119"/>
        <source>read %1</source>
        <translation>خوێندرایەوە لە %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="123"/>
        <location filename="../../ui/import_changes.py" line="151"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="168"/>
        <location filename="../../ui/sex_read.py" line="25"/>
        <source>%1, read as %2</source>
        <translation>%1، وەک %2 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="172"/>
        <source>%1: the list says %2; kept as in the vault: %3</source>
        <translation>%1: لیستەکە دەڵێت %2؛ وەک لە گەنجینەکەدا دەمێنێتەوە: %3</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/import_report.py" line="31"/>
        <source>Import batch %1 (%2): %3</source>
        <translation>کۆمەڵەی هاوردەی %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="32"/>
        <location filename="../../ui/import_report.py" line="465"/>
        <source>, sheet %1</source>
        <translation>، پەڕەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="33"/>
        <source>, source %1</source>
        <translation>، سەرچاوە %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="34"/>
        <source>file SHA-256 %1</source>
        <translation>پەڕگە (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="35"/>
        <source>rows read %1 (blank rows skipped: %2)</source>
        <translation>ڕیزە خوێندراوەکان %1 (ڕیزە بەتاڵە تێپەڕێندراوەکان: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="36"/>
        <source>matching: %1</source>
        <translation>هاوتاکردن: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="37"/>
        <source>decisions: %1</source>
        <translation>بڕیارەکان: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="38"/>
        <source>result: %1</source>
        <translation>ئەنجام: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="39"/>
        <source>counts reconciled: %1</source>
        <translation>ژمارەکان یەکدەگرنەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="40"/>
        <source>sex said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>ڕەگەزی گوتراو بۆ هەموو ئەوانەی ئەم لیستە زیادیان دەکات: %1، درا بە %2 کەسی نوێ کە ڕیزەکانیان نەیانگوتووە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="42"/>
        <source>status said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>دۆخی گوتراو بۆ هەموو ئەوانەی ئەم لیستە زیادیان دەکات: %1، درا بە %2 کەسی نوێ کە ڕیزەکانیان نەیانگوتووە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="44"/>
        <source>sex said of everyone this list adds not given to %1 new person(s) under a section heading that says the other sex (%2): given the heading&apos;s, as each row says</source>
        <translation>ئەو ڕەگەزەی لەسەر هەموو ئەوانەی ئەم لیستە زیادیان دەکات وترا نەدرا بە %1 کەسی نوێ لە ژێر سەردێڕی بەشێک کە ڕەگەزەکەی تر دەڵێت (%2): ڕەگەزی سەردێڕەکەیان پێدرا، وەک هەر ڕیزێک دەیڵێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="47"/>
        <source>sex not given to %1 new person(s) whose row&apos;s sex cell says something not read as a sex: left unknown, the cell kept with the list&apos;s row</source>
        <translation>ڕەگەز نەدرا بە %1 کەسی نوێ کە خانەی ڕەگەزی ڕیزەکەیان شتێک دەڵێت کە وەک ڕەگەز نەخوێندرایەوە: بە نەزانراوی مایەوە، خانەکە لەگەڵ ڕیزی لیستەکە هەڵگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="50"/>
        <source>status not given to %1 new person(s) whose row&apos;s status cell says something not read as a status: left unknown, the cell kept with the list&apos;s row</source>
        <translation>دۆخ نەدرا بە %1 کەسی نوێ کە خانەی دۆخی ڕیزەکەیان شتێک دەڵێت کە وەک دۆخ نەخوێندرایەوە: بە نەزانراوی مایەوە، خانەکە لەگەڵ ڕیزی لیستەکە هەڵگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="58"/>
        <source>not given to %1 probable match(es) made new persons in bulk (rows %2): each may be a woman the vault knows, listed as a possible duplicate; a row decided a new person by hand is given them</source>
        <translation>نەدرا بە %1 هاوتای ئەگەری کە بە یەکجار کران بە کەسی نوێ (ڕیزەکانی %2): هەریەکەیان لەوانەیە ئافرەتێک بێت کە گەنجینەکە دەیناسێت، وەک دووبارەی ئەگەری ناوی هاتووە؛ ڕیزێک کە بە دەست بڕیاری کەسی نوێی بۆ درا پێی دەدرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="61"/>
        <source>yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="62"/>
        <source>NO</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="63"/>
        <source>file: %1</source>
        <translation>پەڕگە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="70"/>
        <source>not imported: column %1, %2 cell with a value (kept with the list&apos;s rows)</source>
        <translation>هاوردە نەکرا: ستوونی %1، %2 خانە بەهای تێدایە (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="72"/>
        <source>not imported: column %1, %2 cells with a value (kept with the list&apos;s rows)</source>
        <translation>هاوردە نەکرا: ستوونی %1، %2 خانە بەهایان تێدایە (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="74"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 row (kept in the list&apos;s row only)</source>
        <translation>هاوردە نەکرا: ناوی چوارەم لە ژێر %1، ناوی باوکی باپیریەتی، لە %2 ڕیزدا (تەنها لە ڕیزی لیستەکەدا دەمێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="76"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 rows (kept in the list&apos;s rows only)</source>
        <translation>هاوردە نەکرا: ناوی چوارەم لە ژێر %1، ناوی باوکی باپیریەتی، لە %2 ڕیزدا (تەنها لە ڕیزەکانی لیستەکەدا دەمێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="78"/>
        <source>rejected row %1: %2</source>
        <translation>ڕیزی %1 ڕەتکرایەوە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="79"/>
        <source>warning row %1: %2</source>
        <translation>ئاگاداری لە ڕیزی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="81"/>
        <source>warning %1 (%2 rows): %3</source>
        <translation>ئاگاداری لە %1 (%2 ڕیز): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="82"/>
        <source>... and %1 more warnings (--json lists all)</source>
        <translation>... و %1 ئاگاداریی تر (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="83"/>
        <source>... and %1 more rejected rows (--json lists all)</source>
        <translation>... و %1 ڕیزی ڕەتکراوەی تر (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="84"/>
        <source>... and %1 more skipped rows (--json lists all)</source>
        <translation>... و %1 ڕیزی تری تێپەڕێنراو (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="85"/>
        <source>skipped row %1: %2</source>
        <translation>ڕیزی %1 تێپەڕێندرا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="86"/>
        <source>%1 (row %2)</source>
        <translation>%1 (ڕیزی %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="87"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4)</source>
        <translation>دووبارەی ئەگەری لە ڕیزی %1: %2 دروست کرا، هاوتایەکی ئەگەری لەگەڵ %3 (نمرە %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="98"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5</source>
        <translation>ناکۆکی لە ڕیزی %1 (%2): %3: گەنجینە %4 دەهێڵێتەوە، لیستەکە دەڵێت %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="109"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (row withdrawn since)</source>
        <translation>ناکۆکی لە ڕیزی %1 (%2): %3: گەنجینە %4 دەهێڵێتەوە، لیستەکە دەڵێت %5 (ڕیزەکە لەو کاتەوە کشێنرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="111"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (settled since by a withdrawal)</source>
        <translation>ناکۆکی لە ڕیزی %1 (%2): %3: گەنجینە %4 دەهێڵێتەوە، لیستەکە دەڵێت %5 (لەو کاتەوە بە کشاندنەوەی ڕیزێک یەکلاکرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="113"/>
        <source>%1, read as %2</source>
        <translation>%1، وەک %2 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="115"/>
        <source>the list&apos;s %1 %2 differs from the vault&apos;s %3 (kept)</source>
        <translation>%1: لیستەکە دەڵێت %2، جیاوازە لەوەی گەنجینە هەیەتی %3 (هی گەنجینە هێڵرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="116"/>
        <source>%1 conflict the vault already notes (from batch %2): not noted again</source>
        <translation>%1 ناکۆکی کە گەنجینە پێشتر تۆماری کردووە (لە کۆمەڵەی %2): دووبارە تۆمار نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="118"/>
        <source>%1 conflicts the vault already notes (from batch %2): not noted again</source>
        <translation>%1 ناکۆکی کە گەنجینە پێشتر تۆماری کردوون (لە کۆمەڵەی %2): دووبارە تۆمار نەکران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="120"/>
        <source>%1 conflict repeats what an earlier row of this list said (%2): not noted again</source>
        <translation>%1 ناکۆکی دووبارەی ئەوەیە کە ڕیزێکی پێشووی ئەم لیستە وتی (%2): دووبارە تۆمار نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="122"/>
        <source>%1 conflicts repeat what earlier rows of this list said (%2): not noted again</source>
        <translation>%1 ناکۆکی دووبارەی ئەوەن کە ڕیزە پێشووەکانی ئەم لیستە وتیان (%2): دووبارە تۆمار نەکران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="124"/>
        <source>status row %1 (%2): %3 -&gt; %4</source>
        <translation>دۆخ لە ڕیزی %1 (%2): %3 ← %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="125"/>
        <source>status row %1 (%2): %3 -&gt; %4 (row withdrawn since)</source>
        <translation>دۆخ لە ڕیزی %1 (%2): %3 ← %4 (ڕیزەکە لەو کاتەوە کشێنرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="127"/>
        <source>corrected by its sender row %1 (%2): %3 %4 -&gt; %5 (batch %6 row %7 -&gt; batch %8 row %9)</source>
        <translation>نێرەرەکەی ڕاستی کردەوە لە ڕیزی %1 (%2): %3 %4 -&gt; %5 (دەستەی %6 ڕیزی %7 -&gt; دەستەی %8 ڕیزی %9)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="129"/>
        <source>... and %1 more values corrected by their sender (--json lists all)</source>
        <translation>... و %1 بەهای تر کە نێرەرەکانیان ڕاستیان کردەوە (--json هەموویان ڕیز دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="131"/>
        <source>... and %1 more status changes (--json lists all)</source>
        <translation>... و %1 گۆڕانکاریی تری دۆخ (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="132"/>
        <source>row %1 matched %2, since merged into %3: %3 was updated</source>
        <translation>ڕیزی %1 لەگەڵ %2 یەکی گرتەوە، کە دواتر تێکەڵی %3 کرا: %3 نوێ کرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="133"/>
        <source>%1 possible duplicates: check them with %2; if two are one person, join them, e.g. row %3 with %4</source>
        <translation>%1 دووبارەی ئەگەری: بە %2 بیانپشکنە؛ ئەگەر دووانیان یەک کەس بن، تێکەڵیان بکە، بۆ نموونە ڕیزی %3 بە %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="138"/>
        <source>possible duplicate row %1: created %2, asked about %3 only because the whole name agrees (score %4)</source>
        <translation>دووبارەی ئەگەری لە ڕیزی %1: %2 دروست کرا، پرسیار لەسەر %3 کرا تەنها چونکە هەموو ناوەکە یەک دەگرێتەوە (نمرە %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="140"/>
        <source>row %1 decided a new person by hand: %2 is kept as not the same person as %3</source>
        <translation>ڕیزی %1 بە دەست وەک کەسێکی نوێ بڕیاری لەسەر درا: %2 وەک هەمان کەس نییە لەگەڵ %3 هەڵگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="142"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair with %2 before any %3</source>
        <translation>%1 دووبارەی ئەگەری، هیچیان هاوتایەکی ئەگەری نییە کە هیچ شتێک دووەکە لێک جیا نەکاتەوە: هەر جووتێک بە %2 بەراورد بکە پێش هەر %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="147"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all: %4</source>
        <translation>%1: %2ی لیستەکە لە %3 لە کەسەکە کێشرایەوە چونکە بە هەڵە گوترابوو، و دووبارە دانانرێتەوە؛ ئەگەر لە کۆتاییدا ڕاستە: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="149"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back: %6</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر نێرەر بیگەڕێنێتەوە: %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="151"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one: %6, then %7</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر بەرواری لیستەکە ڕاستە: %6، پاشان %7</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="154"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it with %3 (a status added after it would leave it in the person&apos;s history)</source>
        <translation>%1: دۆخێک کە لیستێک بە پێچەوانەی گەنجینەوە دەیڵێت وەک تێبینی تۆمار دەکرێت و هاوردەکردن هەرگیز داینانێت: ئەگەر دۆخی %2 لە گەنجینەدا هەڵەیە، بە %3 بیکشێنەوە (دۆخێک کە دوای ئەو زیاد بکرێت لە مێژووەکەیدا دەیهێڵێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="158"/>
        <source>update %1</source>
        <translation>نوێکردنەوەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="159"/>
        <source>the same woman as row %1</source>
        <translation>هەمان ئافرەتی ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="160"/>
        <source>decided by hand row %1: %2</source>
        <translation>بڕیاری دەستی لە ڕیزی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="161"/>
        <source> (was %1; changed with --override)</source>
        <translation> (پێشتر %1 بوو؛ بە ⁦--override⁩ گۆڕدرا)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="162"/>
        <source>; despite %1: %2</source>
        <translation>؛ سەرەڕای %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="163"/>
        <source>; the given name only partly agreed: list %1, vault %2</source>
        <translation>؛ ناوی یەکەم تەنها بەشێکی یەکی دەگرتەوە: لیست %1، گەنجینە %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="164"/>
        <source>... and %1 more rows decided by hand (--json lists all)</source>
        <translation>... و %1 ڕیزی تر کە بە دەست بڕیاریان لەسەر درا (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="165"/>
        <source>decided in bulk (%1): %2 %3</source>
        <translation>بڕیاری بە کۆمەڵ (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="166"/>
        <source>decided with row %1, the same woman by the names: %2</source>
        <translation>بڕیار لەگەڵ ڕیزی %1 (بە پێی ناوەکان هەمان ئافرەتە): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="167"/>
        <source>row %1</source>
        <translation>ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="168"/>
        <source>rows %1</source>
        <translation>ڕیزەکانی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="169"/>
        <source> and %1 more runs (--json lists all)</source>
        <translation> و %1 زنجیرەی تر (⁦--json⁩ هەموویان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="170"/>
        <source>since batch %1</source>
        <translation>لە دوای کۆمەڵەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="171"/>
        <source>batch %1, a later version of this list (%2), was committed on %3: this older version is compared with the version before it, and a status it gives against the later one&apos;s is noted, not taken</source>
        <translation>دەستەی %1، وەشانێکی نوێتری ئەم لیستە (%2)، لە %3 تۆمار کرا: ئەم وەشانە کۆنترە بە وەشانی پێش خۆی بەراورد دەکرێت، و ئەو دۆخەی دژی دۆخی وەشانە نوێترەکە دەیڵێت تۆمار دەکرێت، وەرناگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="174"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="175"/>
        <source>, rows: %1 added, %2 removed, %3 changed, %4 unchanged, %5 repeated within the list</source>
        <translation>: %1 ڕیز زیاد کران، %2 لابران، %3 گۆڕدران، %4 نەگۆڕاون، %5 لە ناو لیستەکەدا دووبارە بوونەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="177"/>
        <source>, %1 not compared (rejected or no name)</source>
        <translation>، %1 بەراورد نەکران (ڕەتکراوە یان بێ ناو)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="178"/>
        <source> (rows in all: %1)</source>
        <translation> (%1 ڕیز)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="179"/>
        <source>rows are known by their names, not their numbers: %1 unchanged rows only moved to another row</source>
        <translation>ڕیزەکان بە ناوەکانیان دەناسرێنەوە نەک بە ژمارەکانیان: %1 ڕیزی نەگۆڕاو تەنها چوونەتە ژمارەی ڕیزێکی تر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="183"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="184"/>
        <source>rows whose status changed</source>
        <translation>ئەو ڕیزانەی دۆخیان گۆڕاوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="185"/>
        <source>other changed rows</source>
        <translation>ڕیزی گۆڕاوی تر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="186"/>
        <source>added row %1: %2</source>
        <translation>ڕیزی زیادکراو %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="187"/>
        <source>removed row %1 of batch %2: %3</source>
        <translation>ڕیزی لابراوی %1 لە کۆمەڵەی %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="189"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="130"/>
        <location filename="../../ui/import_report.py" line="190"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="191"/>
        <source>; no longer given: %1</source>
        <translation>؛ چیتر نەدراوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="192"/>
        <source>changed row %1 (was row %2): %3: %4</source>
        <translation>ڕیزی گۆڕاو %1 (پێشتر ڕیزی %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="196"/>
        <source>%1 (a ditto of row %2)</source>
        <translation>%1 (نیشانەی دووبارە بۆ ڕیزی %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="197"/>
        <source>%1 (a ditto of row %2, read again: that import kept no reading of it)</source>
        <translation>%1 (نیشانەی دووبارە بۆ ڕیزی %2، دووبارە خوێندرایەوە: ئەو هاوردنە خوێندنەوەکەی هەڵنەگرتبوو)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="199"/>
        <source>%1 (a ditto with no row above it to repeat)</source>
        <translation>%1 (نیشانەی دووبارە کە ڕیزێکی لە سەرەوە نییە بۆ دووبارەکردنەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="200"/>
        <source>%1 (a ditto mark, not read: that import kept no reading of it, nor every row above it)</source>
        <translation>%1 (نیشانەی دووبارە، نەخوێندراوەتەوە: ئەو هاوردنە نە خوێندنەوەکەی و نە هەموو ڕیزەکانی سەرەوەی هەڵنەگرتبوو)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="202"/>
        <source>no longer given in row %1 (was row %2): %3: %4</source>
        <translation>چیتر نەدراوە لە ڕیزی %1 (پێشتر ڕیزی %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="203"/>
        <source>columns no longer in the list: %1</source>
        <translation>ئەو ستوونانەی چیتر لە لیستەکەدا نین: %1</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="125"/>
        <location filename="../../ui/import_report.py" line="204"/>
        <location filename="../../ui/import_report.py" line="1067"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="205"/>
        <source>a cell left blank or a column left out is not a change: the vault keeps what earlier versions gave (`person show` lists their rows)</source>
        <translation>خانەیەکی بەتاڵ بەجێهێڵراو یان ستوونێکی لابراو گۆڕانکاری نییە: گەنجینە ئەوەی وەشانەکانی پێشوو دابوویان دەهێڵێتەوە (⁦`person show`⁩ ڕیزەکانیان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="208"/>
        <source>repeated row %1: %2, as row %3</source>
        <translation>ڕیزی دووبارە %1: %2، وەک ڕیزی %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="209"/>
        <location filename="../../ui/list_changes.py" line="153"/>
        <source>(no name)</source>
        <translation>(بێ ناو)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="210"/>
        <source>added rows</source>
        <translation>ڕیزی زیادکراو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="211"/>
        <source>removed rows</source>
        <translation>ڕیزی لابراو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="212"/>
        <source>changed rows</source>
        <translation>ڕیزی گۆڕاو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="213"/>
        <source>repeated rows</source>
        <translation>ڕیزی دووبارە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="214"/>
        <source>rows with a cell left blank</source>
        <translation>ڕیزی خاوەن خانەی بەتاڵ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="215"/>
        <source>... %1 more %2 (--json lists up to 500)</source>
        <translation>... %1ی تر لە %2 (⁦--json⁩ تا 500 لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="92"/>
        <location filename="../../ui/import_report.py" line="216"/>
        <location filename="../../ui/import_report.py" line="1092"/>
        <location filename="../../ui/import_wizard.py" line="334"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="217"/>
        <source>decided: skip</source>
        <translation>بڕیار: تێپەڕاندن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="218"/>
        <source>a repeat of row %1, which was skipped</source>
        <translation>دووبارەی ڕیزی %1 کە تێپەڕێندرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="224"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="225"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="249"/>
        <source>below the line on row %1, which ends the list: check that this row is a person</source>
        <translation>لە خوار هێڵی ڕیزی %1 کە کۆتایی لیستەکەیە: دڵنیابەوە کە ئەم ڕیزە کەسێکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="254"/>
        <source>column %1: %2 lost letters (&apos;?&apos;) to the cp1256 encoding; the text is kept</source>
        <translation>ستوونی %1: %2 هەندێک پیتی لەدەستدا (&apos;?&apos;) بەهۆی کۆدکردنی cp1256؛ دەقەکە هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="256"/>
        <source>column %1: %2 read as %3; %4 may be a family name: it begins with the article (ال, al) but has no clan ending (-ي, -ية, -اني, -وي; -i)</source>
        <translation>ستوونی %1: %2 وا خوێندرایەوە: %3؛ لەوانەیە %4 ناوی بنەماڵە یان هۆز بێت: بە ئامرازی ناساندن (ال، al) دەست پێدەکات بەڵام کۆتایی ناوی هۆزی نییە (-ي، -ية، -اني، -وي؛ -i)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="258"/>
        <source>column %1: %2 is the name of a village; check that the name and the village are not in each other&apos;s columns</source>
        <translation>ستوونی %1: %2 ناوی گوندێکە؛ دڵنیابەوە کە ناو و گوند لە ستوونی یەکتردا نین</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="260"/>
        <source>column %1: sex %2 not recognised; left unknown</source>
        <translation>ستوونی %1: ڕەگەزی %2 نەناسرایەوە؛ وەک نەزانراو مایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="261"/>
        <source>column %1: status %2 not recognised; no status is set from it (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: دۆخی %2 نەناسرایەوە؛ هیچ دۆخێکی لێ دانانرێت (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="263"/>
        <source>column %1: status date in %2 is in the future; the status is kept without it</source>
        <translation>ستوونی %1: ڕێکەوتی دۆخ لە %2 لە داهاتوودایە؛ دۆخەکە بەبێ ئەو هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="265"/>
        <source>column %1: date rescued %2 is not a date that can be read (or lies in the future); no rescue is taken from it (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: ڕێکەوتی ڕزگاربوونی %2 ڕێکەوتێک نییە کە بخوێندرێتەوە (یان لە داهاتوودایە)؛ هیچ ڕزگاربوونێکی لێ وەرناگیرێت (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="268"/>
        <source>column %1: date rescued %2 beside a status that was not recognised; no rescue is taken from it</source>
        <translation>ستوونی %1: ڕێکەوتی ڕزگاربوونی %2 لە تەنیشت دۆخێک کە نەناسرایەوە؛ هیچ ڕزگاربوونێکی لێ وەرناگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="272"/>
        <source>column %1: date rescued %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>ستوونی %1: ڕێکەوتی ڕزگاربوونی %2 ئەو ڕێکەوتە نییە کە لە دۆخەکەدایە (%3)؛ ڕێکەوتی خودی دۆخەکە هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="274"/>
        <source>column %1: date rescued %2, but the status is %3; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>ستوونی %1: ڕێکەوتی ڕزگاربوونی %2، بەڵام دۆخەکە: %3؛ ڕێکەوتەکە هاوردە ناکرێت (لە ڕیزی ڕەسەنی لیستەکەدا هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="282"/>
        <source>column %1: %2 is not a date we can read; the text is kept</source>
        <translation>ستوونی %1: %2 ڕێکەوتێک نییە کە بتوانین بیخوێنینەوە؛ دەقەکە هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="283"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to a person deleted since: it is decided anew, as a row not seen before</source>
        <translation>هەمان ڕیز وەک لە دوایین هاوردەکردنی ئەم لیستەدا (کۆمەڵەی %1، ڕیزی %2) چووە سەر کەسێک کە دواتر سڕایەوە: لە نوێوە بڕیاری لەسەر دەدرێت، وەک ڕیزێک کە پێشتر نەبینراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="286"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to %3, which %4 was merged into and split out of since, without telling which of the two the row is: it is decided anew, by the names, and asked</source>
        <translation>هەمان ڕیز لە دوایین هاوردەکردنی ئەم لیستەدا (کۆمەڵەی %1، ڕیزی %2) چووە سەر %3، کە %4 تێکەڵی کرابوو و لەو کاتەوە لێی جیاکراوەتەوە، بێ ئەوەی دیار بێت ڕیزەکە هی کامیانە: لە نوێوە بە پێی ناوەکان بڕیاری لەسەر دەدرێت و پرسیاری لەسەر دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="296"/>
        <source>the record this row was matched to was deleted when row %1 of import batch %2 was withdrawn from it: matched again against the vault as it is now; decide again</source>
        <translation>ئەو تۆمارەی ئەم ڕیزە لەگەڵیدا یەکی گرتبوو سڕایەوە کاتێک ڕیزی %1 ی کۆمەڵەی هاوردەکردنی %2 لێی کشێندرایەوە: ڕیزەکە دووبارە لەگەڵ گەنجینەکە بەو شێوەیەی ئێستا هەیە بەراورد کرایەوە؛ دووبارە بڕیار بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="302"/>
        <source>column %1: %2 lies in the future; the text is kept</source>
        <translation>ستوونی %1: %2 لە داهاتوودایە؛ دەقەکە هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="303"/>
        <source>column %1: %2 would be %3 as an Excel date number, which cannot be this date; the text is kept, with no date read from it</source>
        <translation>ستوونی %1: %2 وەک ژمارەی بەرواری ئێکسڵ دەبێتە %3، کە ناتوانێت ئەم بەروارە بێت؛ دەقەکە هەڵدەگیرێت و هیچ بەروارێکی لێ ناخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="305"/>
        <source>column %1: %2 read as the year %3: the cell held the number %3 shown as a date</source>
        <translation>ستوونی %1: %2 وەک ساڵی %3 خوێندرایەوە: خانەکە ژمارەی %3 ی تێدابوو کە وەک بەروار پیشان دەدرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="307"/>
        <source>column %1: %2 may be %3 (day first) or %4 (month first), and this column writes dates both ways: read as the year %5 only; check which is meant</source>
        <translation>ستوونی %1: لەوانەیە %2 بریتی بێت لە %3 (ڕۆژ یەکەم) یان %4 (مانگ یەکەم)، و ئەم ستوونە بەروار بە هەردوو شێوە دەنووسێت: تەنها وەک ساڵی %5 خوێندرایەوە؛ بپشکنە کامیان مەبەستە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="310"/>
        <source>column %1: %2 is before %3, when the abductions from Sinjar began; check the row</source>
        <translation>ستوونی %1: %2 دەکەوێتە پێش %3، ئەو ڕۆژەی ڕفاندنەکان لە شنگال دەستیان پێکرد؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="312"/>
        <source>column %1: %2 gives the year in two digits and was read as %3, but it may be %4; check which is meant</source>
        <translation>ستوونی %1: ساڵ لە %2 بە دوو ژمارە نووسراوە و ڕێکەوتەکە وەک %3 خوێندرایەوە، بەڵام لەوانەیە %4 بێت؛ بپشکنە کامیان مەبەستە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="315"/>
        <source>column %1: %2 gives the year in two digits and was read as %3; check that this is the year meant</source>
        <translation>ستوونی %1: ساڵ لە %2 بە دوو ژمارە نووسراوە و ڕێکەوتەکە وەک %3 خوێندرایەوە؛ بپشکنە کە ئەمە ئەو ساڵەیە کە مەبەستە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="318"/>
        <source>column %1: %2 puts the birth after the abduction, %3 in column %4; check the row</source>
        <translation>ستوونی %1: %2 لەدایکبوون دەخاتە دوای ڕێکەوتی ڕفاندن %3 لە ستوونی %4؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="333"/>
        <source>column %1: %2 is read as an age, as the column&apos;s numbers are ages, not years: born %3; check the row</source>
        <translation>ستوونی %1: %2 وەک تەمەن خوێندرایەوە، چونکە ژمارەکانی ئەم ستوونە تەمەنن نەک ساڵ: لەدایکبوون %3؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="335"/>
        <source>column %1: %2 is read as the year %3, as the column writes years in two digits, but it may be an age; check the row</source>
        <translation>ستوونی %1: %2 وەک ساڵی %3 خوێندرایەوە، چونکە ئەم ستوونە ساڵەکان بە دوو ژمارە دەنووسێت، بەڵام لەوانەیە تەمەن بێت؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="345"/>
        <source>column %1: %2 may be an age or a year written short, and the column does not say which: not read as a date, the text is kept; check the row</source>
        <translation>ستوونی %1: لەوانەیە %2 تەمەن بێت یان ساڵێک کە بە کورتی نووسراوە، و ستوونەکە نایڵێت کامیانە: وەک ڕێکەوت نەخوێندرایەوە، دەقەکە وەک خۆی هەڵدەگیرێت؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="348"/>
        <source>column %1: %2 is read as an age (born %3), but it may be the year %4; check the row</source>
        <translation>ستوونی %1: %2 وەک تەمەن خوێندرایەوە (لەدایکبوون %3)، بەڵام لەوانەیە ساڵی %4 بێت؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="355"/>
        <source>column %1: %2 is an age, not a date of birth: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 تەمەنە، نەک بەرواری لەدایکبوون: لەدایکبوون وەک %3 خوێندرایەوە (خانەکە لەگەڵ ڕیزی لیستەکە دەمێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="357"/>
        <source>column %1: %2 is a year, not an age: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 ساڵە، نەک تەمەن: لەدایکبوون وەک %3 خوێندرایەوە (خانەکە لەگەڵ ڕیزی لیستەکە دەمێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="362"/>
        <source>column %1: the status %2 is said only of a woman: read as female (the list gives no sex)</source>
        <translation>ستوونی %1: دۆخی %2 تەنها بۆ ئافرەت دەوترێت: وەک مێ خوێندرایەوە (لیستەکە ڕەگەز نالێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="364"/>
        <source>sex read as %3 from the section heading %1 of row %2 (the row gives no sex)</source>
        <translation>ڕەگەز وەک %3 خوێندرایەوە لە سەردێڕی بەشی %1 لە ڕیزی %2 (ڕیزەکە ڕەگەز نالێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="366"/>
        <source>column %1: %2 is read as %3, but the section heading %4 of row %5 says %6: the row&apos;s own is kept; check the row</source>
        <translation>ستوونی %1: %2 وەک %3 دەخوێندرێتەوە، بەڵام سەردێڕی بەشی %4 لە ڕیزی %5 دەڵێت %6: ئەوەی ڕیزەکە خۆی دەیڵێت هێڵرایەوە؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="368"/>
        <source>column %1: %2 is not a name; not taken</source>
        <translation>ستوونی %1: %2 ناو نییە؛ وەرنەگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="369"/>
        <source>column %1: %2: %3 does not spell the name; it stays in the list&apos;s values only</source>
        <translation>ستوونی %1: %2: %3 ڕێنووسی ناوەکە نییە؛ تەنها لە بەهاکانی لیستەکەدا دەمێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="371"/>
        <source>column %1: %2 holds two spellings; %3 is the name, %4 an alias</source>
        <translation>ستوونی %1: %2 دوو ڕێنووسی تێدایە؛ %3 ناوەکەیە، %4 ناوێکی دیکەیەتی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="372"/>
        <source>column %1: %2 holds two spellings; %3 is kept, %4 stays in the list&apos;s values only</source>
        <translation>ستوونی %1: %2 دوو ڕێنووسی تێدایە؛ %3 هەڵدەگیرێت، %4 تەنها لە بەهاکانی لیستەکەدا دەمێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="374"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 as an alias</source>
        <translation>ستوونی %1: %2 جیاوازە لە %3 لە ستوونی %4، هەردووکیان %5ن بە هەمان نووسین: %3 وەک %5 هەڵدەگیرێت، %2 وەک ناوێکی دیکەی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="376"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 inside an alias of the whole name, %6</source>
        <translation>ستوونی %1: %2 جیاوازە لە %3 لە ستوونی %4، هەردووکیان %5ن بە هەمان نووسین: %3 وەک %5 هەڵدەگیرێت، %2 لەناو ناوێکی دیکەدا کە ناوی تەواوە، %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="378"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 stays in the list&apos;s row only</source>
        <translation>ستوونی %1: %2 جیاوازە لە %3 لە ستوونی %4، هەردووکیان %5ن بە هەمان نووسین: %3 وەک %5 هەڵدەگیرێت، %2 تەنها لە ڕیزی لیستەکەدا دەمێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="392"/>
        <source>column %1: %2 repeats row %3: %4</source>
        <translation>ستوونی %1: %2 دووبارەکردنەوەی ڕیزی %3یە: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="393"/>
        <source>column %1: %2 repeats the cell above, but this is the list&apos;s first row: left blank</source>
        <translation>ستوونی %1: %2 خانەی سەرەوە دووبارە دەکاتەوە، بەڵام ئەمە یەکەم ڕیزی لیستەکەیە: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="395"/>
        <source>column %1: %2 repeats row %3, whose cell is blank: left blank</source>
        <translation>ستوونی %1: %2 ڕیزی %3 دووبارە دەکاتەوە، کە خانەکەی بەتاڵە: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="397"/>
        <source>column %1: %2 repeats the row above, row %3, which is a heading, not a person: left blank; check the row</source>
        <translation>ستوونی %1: %2 ڕیزی سەرەوەی دووبارە دەکاتەوە، ڕیزی %3، کە سەردێڕە نەک کەس: بە بەتاڵی هێڵرایەوە؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="399"/>
        <source>column %1: %2 repeats the row above, which this row, read again alone, does not have: left blank</source>
        <translation>ستوونی %1: %2 ڕیزی سەرەوە دووبارە دەکاتەوە، کە ئەم ڕیزە، بە تەنها دووبارە خوێندراوەتەوە، نییەتی: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="401"/>
        <source>column %1: %2 says the same as the row above, but who the person is (a name of their own, a case number) is never copied from another row: it would make a second record of the person above; left blank, check the row</source>
        <translation>ستوونی %1: %2 دەڵێت وەک ڕیزی سەرەوە، بەڵام ئەوەی کەسەکە دەناسێنێت (ناوی خۆی، ژمارەی دۆسیە) هەرگیز لە ڕیزێکی ترەوە کۆپی ناکرێت: تۆمارێکی دووەمی کەسی سەرەوە دروست دەکات؛ بە بەتاڵی بەجێهێڵرا، ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="405"/>
        <source>column %1: %2 is what a program writes for an empty cell: left blank</source>
        <translation>ستوونی %1: %2 ئەوەیە کە بەرنامەیەک بۆ خانەیەکی بەتاڵ دەینووسێت: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="407"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file): left out; ask the sender for a copy with values</source>
        <translation>ستوونی %1: %2 هەڵەیەکی خشتەیە (هاوکێشەیەکی تێکچوو لە فایلی نێرەردا): وەلانرا؛ داوای کۆپییەک بە بەهاکانەوە لە نێرەر بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="410"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file), not a name, and the row has no other name: not imported; ask the sender for a copy with values</source>
        <translation>ستوونی %1: %2 هەڵەیەکی خشتەیە (هاوکێشەیەکی تێکچوو لە فایلی نێرەردا)، ناو نییە، و ڕیزەکە ناوێکی تری نییە: هاوردە نەکرا؛ داوای کۆپییەک بە بەهاکانەوە لە نێرەر بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="417"/>
        <source>column %1: %2 is a kunya (mother of %3), not her given name: read as her nickname; her given name is not in the list</source>
        <translation>ستوونی %1: %2 کونیەیە (دایکی %3)، نەک ناوی یەکەمی: وەک نازناوی خوێندرایەوە؛ ناوی یەکەمی لە لیستەکەدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="464"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="466"/>
        <source>, row %1</source>
        <translation>، ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="467"/>
        <source>, column %1</source>
        <translation>، ستوونی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="468"/>
        <source>not UTF-8; read as Windows Arabic (cp1256). That encoding cannot hold the Sorani letters %1</source>
        <translation>بە ⁦UTF-8⁩ نییە؛ بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) خوێندرایەوە، کە ناتوانێت ئەم پیتە سۆرانییانە هەڵبگرێت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="479"/>
        <source>the cell holds a line break (from line %1 of the file); if that is not meant, a quote is out of place</source>
        <translation>خانەکە دێڕی نوێی تێدایە (لە دێڕی %1 ی فایلەکەوە)؛ ئەگەر مەبەست نەبووبێت، نیشانەیەکی وەرگرتن لە شوێنی خۆیدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="481"/>
        <source>&apos;?&apos; inside Arabic-script text: a Sorani letter was lost when the file was saved as Windows Arabic (cp1256); ask for a UTF-8 copy</source>
        <translation>&apos;?&apos; لە ناو دەقێکی پیتی عەرەبیدا: کاتێک فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کرا پیتێکی سۆرانی ون بوو؛ داوای کۆپییەکی ⁦UTF-8⁩ بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="483"/>
        <source>%1 cells in all have &apos;?&apos; inside Arabic-script text (lost Sorani letters)</source>
        <translation>بە گشتی لە %1 خانەدا &apos;?&apos; لە ناو دەقی پیتی عەرەبیدا هەیە (پیتی سۆرانیی ونبوو)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="485"/>
        <source>cells %1 are merged; the value was repeated on each of their rows</source>
        <translation>خانەکانی %1 یەکخراون؛ بەهاکە لە هەر یەک لە ڕیزەکانیاندا دووبارە کرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="496"/>
        <source>read sheet %1; passed over %2</source>
        <translation>پەڕەی %1 خوێندرایەوە؛ %2 تێپەڕێندران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="497"/>
        <source>read sheet %1, the one that holds a list; passed over %2</source>
        <translation>پەڕەی %1 خوێندرایەوە، ئەوەی لیستەکەی تێدایە؛ %2 تێپەڕێندران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="498"/>
        <source>column %1: %2 was not read as a telephone number (letters, or too few digits); no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 وەک ژمارەی تەلەفۆن نەخوێندرایەوە (پیتی تێدایە، یان ژمارەکانی زۆر کەمن)؛ هیچ پەیوەندییەکی لێ دروست ناکرێت (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="501"/>
        <source>column %1: %2 is a date, not a telephone number; no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 بەروارە، نەک ژمارەی تەلەفۆن؛ هیچ پەیوەندییەکی لێ دروست ناکرێت (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="503"/>
        <source>column %1: %2 names whom to call, but the row gives no telephone number; no contact is made (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 ئەو کەسە دەناسێنێت کە پەیوەندی پێوە دەکرێت، بەڵام ڕیزەکە هیچ ژمارەی تەلەفۆنێک نادات؛ هیچ پەیوەندییەک دروست ناکرێت (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="515"/>
        <source>family contacts added from the phone column: %1 (%2)</source>
        <translation>پەیوەندییەکانی خێزان کە لە ستوونی تەلەفۆنەوە زیادکران: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="516"/>
        <source>family contacts from the phone column: %1 would be added, %2 already among the person&apos;s contacts, %3 on rows waiting for a decision</source>
        <translation>پەیوەندییەکانی خێزان لە ستوونی تەلەفۆنەوە: %1 زیاد دەکرێن، %2 پێشتر لە پەیوەندییەکانی کەسەکەدا هەن، %3 لە ڕیزانێکدان کە چاوەڕێی بڕیارن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="519"/>
        <source>numbers already among the person&apos;s family contacts, not added again: %1 (%2)</source>
        <translation>ژمارەگەلێک کە پێشتر لە پەیوەندییەکانی خێزانەکەیدا هەن، دووبارە زیاد نەکران: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="530"/>
        <source>%1 below the list is %2 line, not a person; not imported</source>
        <translation>%1 لە ژێر لیستەکە: دێڕی %2، نەک کەس؛ هاوردە ناکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="531"/>
        <source>%1 below the line on row %2 is a number, not a person; not imported</source>
        <translation>%1 لە ژێر دێڕی ڕیزی %2: ژمارەیە، نەک کەس؛ هاوردە ناکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="533"/>
        <source>no name in any name column</source>
        <translation>هیچ ناوێک لە هیچ ستوونێکی ناودا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="534"/>
        <source>column %1: %2 names two persons, %3 and %4; not imported: split it into one row for each and import the list again</source>
        <translation>ستوونی %1: %2 ناوی دوو کەس دەبات، %3 و %4؛ هاوردە ناکرێت: بیکە بە ڕیزێک بۆ هەر یەکەیان و لیستەکە دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="544"/>
        <source>column %1: %2 is a count, not a person: a totals line; not imported</source>
        <translation>ستوونی %1: %2 ژمارەیەکە، نەک کەس: دێڕی کۆی گشتی؛ هاوردە ناکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="555"/>
        <source>column %1: %2 holds a number, which no name does; not imported: check the row and import the list again</source>
        <translation>ستوونی %1: %2 ژمارەی تێدایە، کە هیچ ناوێک ژمارەی تێدا نییە؛ هاوردە ناکرێت: ڕیزەکە بپشکنە و لیستەکە دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="557"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: %2 هەندێک پیتی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کراوە، کە ناتوانێت پیتە سۆرانییەکان هەڵبگرێت؛ کۆپییەکی لیستەکە بە ⁦UTF-8⁩ هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="144"/>
        <source>a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, set it on the person&apos;s page or with %1</source>
        <translation>دۆخێک کە لیستێک بە پێچەوانەی گەنجینەوە دەیڵێت وەک تێبینی تۆمار دەکرێت و هاوردەکردن هەرگیز داینانێت: ئەگەر ڕاستە، لە پەڕەی کەسەکەدا یان بە %1 دایبنێ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="53"/>
        <source>status not given to %1 probable match(es) made new persons in bulk (rows %2): the record each resembles is rescued, reunited or deceased, and she may be that woman, whom the list&apos;s status would count among the held a second time; given the sex; a row decided a new person by hand is given the status</source>
        <translation>دۆخ نەدرا بە %1 هاوتای ئەگەری کە بە یەکجار کران بە کەسی نوێ (ڕیزەکانی %2): ئەو تۆمارەی هەریەکەیان لێی دەچێت ڕزگارکراوە، گەڕاوەتەوە بۆ خێزان یان کۆچی کردووە، و لەوانەیە هەمان ئافرەت بێت، کە دۆخی لیستەکە جارێکی تر لەناو ڕفێنراوەکاندا دەیژمێرێت؛ ڕەگەز درا؛ ڕیزێک کە بە دەست بڕیاری کەسی نوێی لەسەر درا دۆخەکەی پێ دەدرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="64"/>
        <source>not imported: column %1, %2 number that is not this vault&apos;s case number (%3): kept with the list&apos;s rows only, not on the record, and not found by search</source>
        <translation>هاوردە نەکرا: ستوونی %1، %2 ژمارە کە ژمارەی کەیسی ئەم گەنجینەیە نییە (%3): تەنها لەگەڵ ڕیزەکانی لیستەکە دەپارێزرێت، نەک لە تۆمارەکەدا، و گەڕان نایدۆزێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="67"/>
        <source>not imported: column %1, %2 numbers that are not this vault&apos;s case numbers (such as %3): kept with the list&apos;s rows only, not on the records, and not found by search</source>
        <translation>هاوردە نەکرا: ستوونی %1، %2 ژمارە کە ژمارەی کەیسی ئەم گەنجینەیە نین (وەک %3): تەنها لەگەڵ ڕیزەکانی لیستەکە دەپارێزرێن، نەک لە تۆمارەکاندا، و گەڕان نایاندۆزێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="90"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); a merge refuses: they disagree on %5</source>
        <translation>دووبارەی ئەگەری لە ڕیزی %1: %2 دروست کرا، هاوتایەکی ئەگەری لەگەڵ %3 (نمرە %4)؛ تێکەڵکردن ڕەت دەکاتەوە: لە %5 جیاوازن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="93"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); the two are merged since</source>
        <translation>دووبارەی ئەگەری لە ڕیزی %1: %2 دروست کرا، هاوتایەکی ئەگەری لەگەڵ %3 (نمرە %4)؛ ئەو دووانە دواتر تێکەڵ کران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="96"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); marked not the same person since</source>
        <translation>دووبارەی ئەگەری لە ڕیزی %1: %2 دروست کرا، هاوتایەکی ئەگەری لەگەڵ %3 (نمرە %4)؛ دواتر نیشانکرا کە هەمان کەس نین</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="99"/>
        <source>not taken as its sender&apos;s correction: row %1 of batch %2 (%3) gives %4 too</source>
        <translation>وەک ڕاستکردنەوەی نێرەرەکەی وەرنەگیرا: ڕیزی %1ی دەستەی %2 (%3) %4یش دەڵێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="102"/>
        <source>conflict within the list: %1 go to %2 and disagree on her status: %3; ask its sender which holds</source>
        <translation>ناکۆکی لەناو لیستەکەدا: %1 دەچنە سەر %2 و لەسەر دۆخی ئەو جیاوازن: %3؛ لە نێرەرەکەی بپرسە کامیان ڕاستە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="104"/>
        <source>conflict within the list: %1, one woman by the names, disagree on her status: %2; ask its sender which holds</source>
        <translation>ناکۆکی لەناو لیستەکەدا: %1، کە بەپێی ناوەکان یەک ئافرەتن، لەسەر دۆخی ئەو جیاوازن: %2؛ لە نێرەرەکەی بپرسە کامیان ڕاستە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="106"/>
        <source>%1 in row %2</source>
        <translation>%1 لە ڕیزی %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="107"/>
        <source>... and %1 more women on whom the list disagrees: each is said in the details of her rows, and the import&apos;s report lists all</source>
        <translation>... و %1 ئافرەتی تر کە لیستەکە لەسەریان ناکۆکە: هەریەکەیان لە وردەکاریی ڕیزەکانیدا باس کراوە، و ڕاپۆرتی هاوردەکردنەکە هەموویان دەخاتە ڕوو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="136"/>
        <source>%1 possible duplicates: check them with %2; a merge refuses each of them as they stand (why is said above)</source>
        <translation>%1 دووبارەی ئەگەری: بە %2 بیانپشکنە؛ تێکەڵکردن هەر یەکێکیان وەک ئێستا ڕەت دەکاتەوە (هۆکارەکەی لە سەرەوە گوتراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="157"/>
        <source>; that alone does not give the person the list&apos;s %1: then %2</source>
        <translation>؛ ئەمە بە تەنها دۆخی %1ی لیستەکەی پێ نادات: پاشان %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="181"/>
        <source>rows are known by their names, not their numbers: %1 unchanged row only moved to another row</source>
        <translation>ڕیزەکان بە ناوەکانیان دەناسرێنەوە نەک بە ژمارەکانیان: %1 ڕیزی نەگۆڕاو تەنها چووەتە ژمارەی ڕیزێکی تر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="193"/>
        <source>changed row %1 (was row %2, spelt otherwise; a probable match that waits for your decision): %3: %4</source>
        <translation>ڕیزی گۆڕاو %1 (پێشتر ڕیزی %2، بە ڕێنووسێکی تر؛ هاوتاییەکی ئەگەری کە چاوەڕێی بڕیاری تۆیە): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="219"/>
        <source>at the commit, before the rows withdrawn since: decisions: %1; result: %2</source>
        <translation>لە کاتی تۆمارکردندا، پێش ئەو ڕیزانەی لەو کاتەوە کشێنرانەوە: بڕیارەکان: %1؛ ئەنجام: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="221"/>
        <source> (row withdrawn since)</source>
        <translation> (ڕیزەکە لەو کاتەوە کشێنرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="222"/>
        <source>skipped again: the same row as batch %1, row %2, skipped by hand</source>
        <translation>دووبارە تێپەڕێنرا: هەمان ڕیزی کۆمەڵەی %1، ڕیزی %2، کە بە دەست تێپەڕێنرابوو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="228"/>
        <source>column %1: status %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; no status is set from it (the cell is kept with the list&apos;s row): set the status by hand, or import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: دۆخی %2 پیتی لەدەستداوە (&apos;?&apos;): پەڕگەکە بە عەرەبیی ویندۆز (cp1256) پاشەکەوت کراوە کە ناتوانێت پیتە سۆرانییەکان و ⁦ş⁩ ی کورمانجی هەڵبگرێت؛ هیچ دۆخێک لێیەوە دانانرێت (خانەکە لەگەڵ ڕیزی لیستەکە دەمێنێتەوە): دۆخەکە بە دەست دابنێ، یان کۆپییەکی ⁦UTF-8⁩ ی لیستەکە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="232"/>
        <source>column %1: sex %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the sex is left unknown (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: ڕەگەزی %2 پیتی لەدەستداوە (&apos;?&apos;): پەڕگەکە بە عەرەبیی ویندۆز (cp1256) پاشەکەوت کراوە کە ناتوانێت پیتە سۆرانییەکان و ⁦ş⁩ ی کورمانجی هەڵبگرێت؛ ڕەگەز بە نەزانراوی دەمێنێتەوە (خانەکە لەگەڵ ڕیزی لیستەکە دەمێنێتەوە): بە دەست دایبنێ، یان کۆپییەکی ⁦UTF-8⁩ ی لیستەکە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="236"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the %3 is left out (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: %2 پیتی لەدەستداوە (&apos;?&apos;): پەڕگەکە بە عەرەبیی ویندۆز (cp1256) پاشەکەوت کراوە کە ناتوانێت پیتە سۆرانییەکان و ⁦ş⁩ ی کورمانجی هەڵبگرێت؛ %3 دانانرێت (خانەکە لەگەڵ ڕیزی لیستەکە دەمێنێتەوە): بە دەست دایبنێ، یان کۆپییەکی ⁦UTF-8⁩ ی لیستەکە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="240"/>
        <source>row %1 of this list gives the same names, but the birth years are %2 years apart: not taken for the same woman unasked; decide each row on its own</source>
        <translation>ڕیزی %1ی ئەم لیستە هەمان ناوەکان دەڵێت، بەڵام ساڵەکانی لەدایکبوون %2 ساڵ لێک دوورن: بێ پرسیار بە هەمان ئافرەت دانەنران؛ بڕیار لەسەر هەر ڕیزێک بە جیا بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="243"/>
        <source>row %1 of this list gives the same names, but the two disagree on %2: not taken for the same woman unasked; decide each row on its own</source>
        <translation>ڕیزی %1ی ئەم لیستە هەمان ناوەکان دەڵێت، بەڵام هەردووکیان لە %2 جیاوازن: بێ پرسیار بە هەمان ئافرەت دانەنران؛ بڕیار لەسەر هەر ڕیزێک بە جیا بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="246"/>
        <source>column %1: no given name in this row; it names the person only by names that brothers and sisters share: check the row</source>
        <translation>ستوونی %1: لەم ڕیزەدا ناوی یەکەم نییە؛ ڕیزەکە کەسەکە تەنها بەو ناوانە ناو دەبات کە خوشک و براکان تێیدا هاوبەشن: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="251"/>
        <source>below the line on row %1 (%2), which ends the list: the name of whoever signed it, perhaps, or a person named after its end; it waits for a decision of its own</source>
        <translation>لە ژێر هێڵی ڕیزی %1 (%2) کە لیستەکە پێی کۆتایی دێت: لەوانەیە ناوی ئەو کەسە بێت کە واژۆی کردووە، یان کەسێک کە دوای کۆتاییەکەی ناوی هاتووە؛ چاوەڕێی بڕیارێکی تایبەت بە خۆیەتی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="270"/>
        <source>column %1: date rescued %2 is before the abduction (%3); check the row</source>
        <translation>ستوونی %1: ڕێکەوتی ڕزگاربوونی %2 پێش ڕێکەوتی ڕفاندنە (%3)؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="276"/>
        <source>column %1: status date %2 is not a date that can be read (or lies in the future); the status is kept without it</source>
        <translation>ستوونی %1: بەرواری دۆخی %2 ڕێکەوتێک نییە کە بخوێندرێتەوە (یان لە داهاتوودایە)؛ دۆخەکە بەبێ ئەو هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="278"/>
        <source>column %1: status date %2, but the row gives no status that was read; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>ستوونی %1: بەرواری دۆخی %2، بەڵام ڕیزەکە هیچ دۆخێکی خوێندراوە نادات؛ ڕێکەوتەکە هاوردە ناکرێت (لە ڕیزی ڕەسەنی لیستەکەدا هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="280"/>
        <source>column %1: status date %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>ستوونی %1: بەرواری دۆخی %2 ئەو ڕێکەوتە نییە کە لە دۆخەکەدایە (%3)؛ ڕێکەوتی خودی دۆخەکە هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="290"/>
        <source>the same row as one skipped by hand in an earlier version of this list (batch %1, row %2), cell for cell: skipped again (if it is a person, add the person by hand)</source>
        <translation>هەمان ڕیزە، خانە بە خانە، وەک ڕیزێک کە لە وەشانێکی پێشووی ئەم لیستەدا بە دەست تێپەڕێنرا (کۆمەڵەی %1، ڕیزی %2): دووبارە تێدەپەڕێنرێت (ئەگەر کەسە، کەسەکە بە دەست زیاد بکە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="293"/>
        <source>a row of these names was skipped by hand in an earlier version of this list (batch %1, row %2); its cells changed since: it waits for a decision</source>
        <translation>ڕیزێک بەم ناوانە لە وەشانێکی پێشووی ئەم لیستەدا بە دەست تێپەڕێنرا (کۆمەڵەی %1، ڕیزی %2)؛ خانەکانی لەو کاتەوە گۆڕاون: چاوەڕێی بڕیارێک دەکات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="299"/>
        <source>taken for a person whose record was deleted since: the row&apos;s values were erased with that record; not imported (the list&apos;s file still holds the row)</source>
        <translation>وەک کەسێک دانرا کە تۆمارەکەی دواتر سڕایەوە: بەهاکانی ڕیزەکە لەگەڵ ئەو تۆمارەدا سڕانەوە؛ هاوردە ناکرێت (فایلی لیستەکە هێشتا ڕیزەکەی تێدایە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="320"/>
        <source>column %1: %2 puts the birth after the abduction (%3 in column %4): the birth is not read as a date, its text is kept; a child born in captivity may be listed with the mother&apos;s abduction: check the row</source>
        <translation>ستوونی %1: %2 لەدایکبوون دەخاتە دوای ڕێکەوتی ڕفاندن (%3 لە ستوونی %4): لەدایکبوون وەک ڕێکەوت نەخوێندرایەوە، دەقەکەی وەک خۆی هەڵدەگیرێت؛ منداڵێک کە لە دیلیدا لەدایک بووە لەوانەیە بە ڕێکەوتی ڕفاندنی دایکی تۆمار کرابێت: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="324"/>
        <source>column %1: %2 would put the birth in %3, after the abductions from Sinjar in %4: the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>ستوونی %1: %2 لەدایکبوون دەخاتە %3، دوای ڕفاندنەکانی شنگال لە %4: لەدایکبوون وەک ڕێکەوت نەخوێندرایەوە، دەقەکەی وەک خۆی هەڵدەگیرێت؛ منداڵێک کە لە دیلیدا لەدایک بووە لەوانەیە بەم شێوەیە تۆمار کرابێت: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="328"/>
        <source>column %1: %2 would put the birth on or after %3, the day the abductions from Sinjar began: perhaps the abduction date, written under the birth; the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>ستوونی %1: %2 لەدایکبوون دەخاتە %3 یان دوای ئەوە، ئەو ڕۆژەی ڕفاندنەکانی شنگال دەستیان پێکرد: لەوانەیە ڕێکەوتی ڕفاندن بێت کە لە جێی لەدایکبوون نووسراوە؛ لەدایکبوون وەک ڕێکەوت نەخوێندرایەوە، دەقەکەی وەک خۆی هەڵدەگیرێت؛ منداڵێک کە لە دیلیدا لەدایک بووە لەوانەیە بەم شێوەیە تۆمار کرابێت: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="337"/>
        <source>not imported: column %1, headed birth (the woman&apos;s or a child&apos;s), but only %2 of its %3 cells with a value are dates or years of birth: it may be of children born in captivity, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>هاوردە نەکرا: ستوونی %1، سەردێڕەکەی لەدایکبوونە، هی خۆی یان هی منداڵێک، بەڵام تەنها %2 لە %3 خانەی بەهادارەکەی بەروار یان ساڵی لەدایکبوونن: لەوانەیە دەربارەی ئەو منداڵانە بێت کە لە دیلیدا لەدایک بوون، بۆیە هیچیان وەک لەدایکبوونی ئەو ناخوێندرێتەوە (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێن؛ ئەگەر هی ئەوە بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="341"/>
        <source>not imported: column %1 (cells with a value: %2), headed births of children, births in captivity or a count of births, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>هاوردە نەکرا: ستوونی %1 (خانە بەهادارەکان: %2)، سەردێڕەکەی دەربارەی لەدایکبوونی منداڵان، لەدایکبوون لە دیلیدا یان ژمارەی لەدایکبووانە، بۆیە هیچیان وەک لەدایکبوونی ئەو ناخوێندرێتەوە (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێن؛ ئەگەر هی ئەوە بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="350"/>
        <source>column %1: age %2 is not an age (0 to %3); the birth is left blank (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: تەمەنی %2 تەمەن نییە (0 تا %3)؛ لەدایکبوونی بە بەتاڵی دەمێنێتەوە (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="352"/>
        <source>column %1: %2 is a number with a word not read as years, months, weeks or days; the birth is left blank rather than guessed (the cell is kept with the list&apos;s row)</source>
        <translation>ستوونی %1: %2 ژمارەیەکە و وشەیەکی لەگەڵدایە کە وەک ساڵ، مانگ، هەفتە یان ڕۆژ ناخوێندرێتەوە؛ لەدایکبوون بە بەتاڵی دەمێنێتەوە لە جیاتی مەزەندەکردن (خانەکە لەگەڵ ڕیزی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="359"/>
        <source>column %1: %2 is more than a given name, and the row has no father&apos;s, grandfather&apos;s or family name: read as the whole name, %3; check the row</source>
        <translation>ستوونی %1: %2 زیاترە لە ناوی یەکەم، و ڕیزەکە ناوی باوک یان باپیر یان نازناوی تێدا نییە: وەک ناوی تەواوی خوێندرایەوە، %3؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="380"/>
        <source>column %1: %2 is the day of the abduction (%3 in column %4): perhaps the abduction date written twice; the birth is not read as a date, its text is kept: check the row</source>
        <translation>ستوونی %1: %2 ڕۆژی ڕفاندنەکەیە (%3 لە ستوونی %4): لەوانەیە بەرواری ڕفاندن دوو جار نووسرابێت؛ لەدایکبوون وەک بەروار ناخوێندرێتەوە و دەقەکەی دەهێڵرێتەوە: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="383"/>
        <source>case number %1 is no record of this vault</source>
        <translation>ژمارەی دۆسیەی %1 هیچ تۆمارێکی ئەم گەنجینەیە نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="384"/>
        <source>case number %1 names another record than the names fit: asked</source>
        <translation>ژمارەی دۆسیەی %1 تۆمارێکی تر ناو دەبات لەوەی ناوەکان لەگەڵیدا دەگونجێن: پرسیاری لێ دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="386"/>
        <source>case number %1 names a record the names do not fit: read as a new person</source>
        <translation>ژمارەی دۆسیەی %1 تۆمارێک ناو دەبات کە ناوەکان لەگەڵیدا ناگونجێن: وەک کەسێکی نوێ خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="388"/>
        <source>column %1: %2 says there is none or it is not known: left blank</source>
        <translation>ستوونی %1: %2 دەڵێت نییە یان نازانرێت: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="390"/>
        <source>column %1: %2 says what became of the person, not what the column holds: left blank</source>
        <translation>ستوونی %1: %2 دەڵێت چی بەسەر کەسەکەدا هات، نەک ئەوەی ستوونەکە هەڵیدەگرێت: بە بەتاڵی بەجێهێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="413"/>
        <source>column %1: %2 says the given name is not known: read as %3, the given name left blank</source>
        <translation>ستوونی %1: %2 دەڵێت ناوی یەکەمی نەزانراوە: وەک %3 خوێندرایەوە، ناوی یەکەمی بە بەتاڵی هێڵرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="415"/>
        <source>column %1: %2 says the given name is not known; the given name is left blank</source>
        <translation>ستوونی %1: %2 دەڵێت ناوی یەکەمی نەزانراوە؛ ناوی یەکەمی بە بەتاڵی دەهێڵدرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="419"/>
        <source>column %1: %2 names her as the wife of %4 (%3), not by her own name: read as her nickname; her given name is not in the list, and %4 is no name of hers or her father&apos;s</source>
        <translation>ستوونی %1: %2 وەک ژنی %4 (%3) ناوی دەبات، نەک بە ناوی خۆی: وەک نازناوی خوێندرایەوە؛ ناوی یەکەمی لە لیستەکەدا نییە، و %4 نە ناوی ئەوە و نە ناوی باوکییەتی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="422"/>
        <source>column %1: %2 ends with a kunya, %3 (mother of %4): read as her nickname, not as her family name</source>
        <translation>ستوونی %1: %2 بە کونیەیەک کۆتایی دێت، %3 (دایکی %4): وەک نازناوی خوێندرایەوە، نەک وەک ناوی بنەماڵەکەی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="424"/>
        <source>column %1: %2 holds a comma, which no name does: read without it, in the order written (given name first); check the row</source>
        <translation>ستوونی %1: %2 فاریزەیەکی تێدایە، کە هیچ ناوێک نییەتی: بەبێ ئەو و بە ڕیزبەندیی نووسراو خوێندرایەوە (ناوی یەکەم سەرەتا)؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="426"/>
        <source>column %1: %2 writes the family name %3 first, before a comma: read as %4 and then %3; check the row</source>
        <translation>ستوونی %1: لە %2 ناوی بنەماڵە %3 پێش فاریزەیەک یەکەم نووسراوە: وەک %4 و پاشان %3 خوێندرایەوە؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="428"/>
        <source>column %1: %2 begins with %3, which by its article is a family name: read as %4 and then %3; check the row</source>
        <translation>ستوونی %1: %2 بە %3 دەست پێدەکات، کە بە ئامرازی ناساندنەکەی ناوی بنەماڵەیە: وەک %4 و پاشان %3 خوێندرایەوە؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="430"/>
        <source>column %1: %2 writes %3, an initial, not a whole name: it is kept as written; check the row</source>
        <translation>ستوونی %1: %2 پیتی %3 دەنووسێت، کە پیتی سەرەتایە نەک ناوێکی تەواو: وەک نووسراوە هەڵگیرا؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="432"/>
        <source>column %1: %2 writes %3 inside the name as another spelling of %4: the name is read as %5, in the order written, and %6 is kept as an alias</source>
        <translation>ستوونی %1: %2 لەناو ناوەکەدا %3 وەک ڕێنووسێکی دیکەی %4 دەنووسێت: ناوەکە وەک %5 بە ڕیزبەندیی نووسراو خوێندرایەوە، و %6 وەک ناوێکی دیکە هەڵگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="435"/>
        <source>column %1: %2 writes %3 inside the name, the given name %4 in the other script: the name is read as %5, in the order written, and %3 as the given name</source>
        <translation>ستوونی %1: %2 لەناو ناوەکەدا %3 دەنووسێت، کە ناوی یەکەمی %4 ـە بە نووسینەکەی دیکە: ناوەکە وەک %5 بە ڕیزبەندیی نووسراو خوێندرایەوە، و %3 وەک ناوی یەکەم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="438"/>
        <source>column %1: %2 writes %3 in brackets: read as the nickname; the name is read as %4, in the order written</source>
        <translation>ستوونی %1: %2 لەناو کەوانەدا %3 دەنووسێت: وەک نازناو خوێندرایەوە؛ ناوەکە وەک %4 بە ڕیزبەندیی نووسراو خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="440"/>
        <source>column %1: %2: %3, in brackets inside the name, does not spell the name; it stays in the list&apos;s values only, and the name is read as %4, in the order written</source>
        <translation>ستوونی %1: %2: %3، لەناو کەوانەدا لەناو ناوەکەدا، ڕێنووسی ناوەکە نییە؛ تەنها لە بەهاکانی لیستەکەدا دەمێنێتەوە، و ناوەکە وەک %4 بە ڕیزبەندیی نووسراو خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="443"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname), not as a name part, and the name as %5</source>
        <translation>ستوونی %1: %2 بە %3 دەست پێ دەکات: %4 وەک ناوێک خوێندرایەوە کە کەسەکەی پێ دەناسرێت (نازناو)، نەک وەک بەشێکی ناو، و ناوەکە وەک %5 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="445"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname); the cell gives no other name of the person</source>
        <translation>ستوونی %1: %2 بە %3 دەست پێ دەکات: %4 وەک ناوێک خوێندرایەوە کە کەسەکەی پێ دەناسرێت (نازناو)؛ خانەکە هیچ ناوێکی تری ئەو نادات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="447"/>
        <source>column %1: %2 begins with %3: %4 is taken for a name the person is known by (the nickname), and the rest, %5, for the name; the cell does not show where one ends: check the row</source>
        <translation>ستوونی %1: %2 بە %3 دەست پێ دەکات: %4 وەک ناوێک وەرگیرا کە کەسەکەی پێ دەناسرێت (نازناو)، و ئەوەی ماوە، %5، وەک ناو؛ خانەکە نیشان نادات یەکێکیان لە کوێ کۆتایی دێت: ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="450"/>
        <source>column %1: %2 begins with %3, which says whom the row names (&quot;named&quot;): the name is read as %4</source>
        <translation>ستوونی %1: %2 بە %3 دەست پێ دەکات، کە دەڵێت ڕیزەکە کێ ناو دەبات (&quot;ناوی&quot;): ناوەکە وەک %4 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="452"/>
        <source>column %1: %2 writes two given names, %3 and %4: %3 is read as the given name and %4 is kept as an alias; the name is read as %5, in the order written; check that the row is one person, not two sisters</source>
        <translation>ستوونی %1: %2 دوو ناوی یەکەم دەنووسێت، %3 و %4: %3 وەک ناوی یەکەم خوێندرایەوە و %4 وەک ناوێکی دیکە هەڵگیرا؛ ناوەکە وەک %5 بە ڕیزبەندیی نووسراو خوێندرایەوە؛ بپشکنە کە ڕیزەکە یەک کەسە، نەک دوو خوشک</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="455"/>
        <source>column %1: %2 says by %3 that %4 is a name the person is known by: read as the nickname, not as a name part; the name is read as %5</source>
        <translation>ستوونی %1: %2 بە %3 دەڵێت کە %4 ناوێکە کەسەکەی پێ دەناسرێت: وەک نازناو خوێندرایەوە، نەک وەک بەشێکی ناو؛ ناوەکە وەک %5 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="458"/>
        <source>column %1: %2 writes %3, two names where the name has one (the father&apos;s or another forebear&apos;s): %4 and %5 are not two spellings of one name, and the list does not say which is right. The first, %4, is read, and the name is read as %6, in the order written; %5 is not stored as a name of the person (it stays in the list&apos;s values): check the row</source>
        <translation>ستوونی %1: %2 %3 دەنووسێت، دوو ناو لە شوێنی یەک ناودا (ناوی باوک یان باپیرێکی دیکە): %4 و %5 دوو ڕێنووسی یەک ناو نین، و لیستەکە نالێت کامیان ڕاستە. یەکەمیان، %4، خوێندرایەوە، و ناوەکە وەک %6 بە ڕیزبەندیی نووسراو خوێندرایەوە؛ %5 وەک ناوێکی کەسەکە هەڵناگیرێت (لە بەهاکانی لیستەکەدا دەمێنێتەوە): ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="470"/>
        <source>not UTF-8; read as Windows Turkish (cp1254), in which its Latin words are whole (%1): read as Windows Arabic (cp1256) they held Arabic letters. That encoding cannot hold Arabic script</source>
        <translation>بە ⁦UTF-8⁩ نییە؛ بە کۆدکردنی تورکیی ⁦Windows⁩ (cp1254) خوێندرایەوە، کە وشە لاتینییەکانی تێیدا تەواون (%1): بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پیتی عەرەبییان تێدا دەردەکەوت. ئەم کۆدکردنە ناتوانێت پیتی عەرەبی هەڵبگرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="473"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: %2 پیتەکانی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی تورکیی ⁦Windows⁩ (cp1254) پاشەکەوت کراوە، کە ناتوانێت پیتی عەرەبی هەڵبگرێت؛ کۆپییەکی لیستەکە بە ⁦UTF-8⁩ هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="476"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; left out (the row keeps it as written)</source>
        <translation>ستوونی %1: %2 پیتەکانی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی تورکیی ⁦Windows⁩ (cp1254) پاشەکەوت کراوە، کە ناتوانێت پیتی عەرەبی هەڵبگرێت؛ لابرا (لە ڕیزەکەدا وەک نووسراوە دەمێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="486"/>
        <source>%1 rows of the list are hidden in the file (%2), perhaps filtered out by the sender; they were read like the others: look at them before importing</source>
        <translation>%1 ڕیزی لیستەکە لە فایلەکەدا شاراونەتەوە (%2)، لەوانەیە نێرەر بە فلتەر شاردبێتنیەوە؛ وەک ئەوانی تر خوێندرانەوە: پێش هاوردەکردن سەیریان بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="489"/>
        <source>columns %1 are hidden in the file; they were read like the others: look at them before importing</source>
        <translation>ستوونەکانی %1 لە فایلەکەدا شاراونەتەوە؛ وەک ئەوانی تر خوێندرانەوە: پێش هاوردەکردن سەیریان بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="491"/>
        <source>%1 row of the list is hidden in the file (%2), perhaps filtered out by the sender; it was read like the others: look at it before importing</source>
        <translation>%1 ڕیزی لیستەکە لە فایلەکەدا شاراوەتەوە (%2)، لەوانەیە نێرەر بە فلتەر شاردبێتیەوە؛ وەک ئەوانی تر خوێندرایەوە: پێش هاوردەکردن سەیری بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="494"/>
        <source>column %1 is hidden in the file; it was read like the others: look at it before importing</source>
        <translation>ستوونی %1 لە فایلەکەدا شاراوەتەوە؛ وەک ئەوانی تر خوێندرایەوە: پێش هاوردەکردن سەیری بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="506"/>
        <source>only a given name, %1, and %2 records of that name agree with the rest of this row: too many to compare, so the row was compared with none of them; search by hand before it is added</source>
        <translation>تەنها ناوی یەکەم، %1، و %2 تۆمار بەو ناوە لەگەڵ باقی ئەم ڕیزە یەک دەگرنەوە: زۆرترن لەوەی بەراورد بکرێن، بۆیە ڕیزەکە لەگەڵ هیچیان بەراورد نەکرا؛ پێش زیادکردنی بە دەست بگەڕێ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="510"/>
        <source>only a given and a family name, %1, no father&apos;s name, and %2 records of them that nothing in this row disagrees with: %3; it was asked about none of them, as it cannot be told which: check that it is none of them</source>
        <translation>تەنها ناوی یەکەم و ناوی بنەماڵە، %1، بێ ناوی باوک، و %2 تۆماری ئەو دوو ناوە کە هیچ شتێکی ئەم ڕیزە دژیان نییە: %3؛ پرسیار لە هیچیان نەکرا، چونکە ناتوانرێت بزانرێت کامیانە: دڵنیا ببەوە کە هیچیان نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="521"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>ژمارەگەلێک کە پێشتر بە دەست لە پەیوەندییەکانی خێزانی کەسەکە لابراون، دووبارە زیاد نەکران: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="523"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>ژمارەگەلێک کە پێشتر بە دەست لە پەیوەندییەکانی خێزانی کەسەکە گۆڕدراون، دووبارە زیاد نەکران: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="525"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>ژمارەگەلێک کە پێشتر بە دەست لە پەیوەندییەکانی خێزانی کەسەکە لابراون، دووبارە زیاد ناکرێنەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="527"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>ژمارەگەلێک کە پێشتر بە دەست لە پەیوەندییەکانی خێزانی کەسەکە گۆڕدراون، دووبارە زیاد ناکرێنەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="536"/>
        <source>column %1: %2 is not one person&apos;s name: %3 says whose child, wife or mother the person is; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>ستوونی %1: %2 ناوی یەک کەس نییە: %3 دەڵێت منداڵی کێیە، ژنی کێیە یان دایکی کێیە؛ هاوردە ناکرێت، بۆ ئەوەی هیچ ناوێک لەو وشانە دروست نەکرێت: ڕیزەکە بپشکنە و لیستەکە دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="540"/>
        <source>column %1: %2 is not read: %3 may be her given name, or say that she is the daughter of %4, her own name not given; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>ستوونی %1: %2 نەخوێندرایەوە: لەوانەیە %3 ناوی یەکەمی بێت، یان بڵێت کە ئەو کچی %4 یە و ناوی خۆی نەدراوە؛ هاوردە ناکرێت، بۆ ئەوەی هیچ ناوێک لەو وشانە دروست نەکرێت: ڕیزەکە بپشکنە و لیستەکە دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="546"/>
        <source>column %1: %2 is written over several lines: read as one name, %3; check the row</source>
        <translation>ستوونی %1: %2 لە چەند دێڕێکدا نووسراوە: وەک یەک ناو خوێندرایەوە، %3؛ ڕیزەکە بپشکنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="548"/>
        <source>the row repeats the list&apos;s column headings (%1), not a person; not imported</source>
        <translation>ڕیزەکە سەردێڕی ستوونەکانی لیستەکە دووبارە دەکاتەوە (%1)، کەس نییە؛ هاوردە ناکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="550"/>
        <source>%1 fills the whole row: a heading, not a person; not imported</source>
        <translation>%1 هەموو ڕیزەکەی پڕ کردووەتەوە: سەردێڕە، کەس نییە؛ هاوردە ناکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="552"/>
        <source>column %1: %2 stands alone on its row and reads as a heading or a note, not a person; not imported (if it is a name, add the person by hand)</source>
        <translation>ستوونی %1: %2 بە تەنها لە ڕیزەکەیدایە و وەک سەردێڕ یان تێبینی دەخوێندرێتەوە، کەس نییە؛ هاوردە ناکرێت (ئەگەر ناوە، کەسەکە بە دەست زیاد بکە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="560"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; import a UTF-8 copy of the list</source>
        <translation>ستوونی %1: %2 هەندێک پیتی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کراوە، کە ناتوانێت پیتە کورمانجییەکانی ⁦ş⁩ و ⁦Ş⁩ هەڵبگرێت؛ کۆپییەکی لیستەکە بە ⁦UTF-8⁩ هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="563"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>ستوونی %1: %2 هەندێک پیتی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کراوە، کە ناتوانێت پیتە کورمانجییەکانی ⁦ş⁩ و ⁦Ş⁩ هەڵبگرێت؛ ناوی دایکی لابرا (لە ڕیزەکەدا وەک نووسراوە دەمێنێتەوە): کۆپییەکی لیستەکە بە ⁦UTF-8⁩ دەیدات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="567"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>ستوونی %1: %2 هەندێک پیتی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کراوە، کە ناتوانێت پیتە سۆرانییەکان هەڵبگرێت؛ ناوی دایکی لابرا (لە ڕیزەکەدا وەک نووسراوە دەمێنێتەوە): کۆپییەکی لیستەکە بە ⁦UTF-8⁩ دەیدات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="572"/>
        <source>mapping</source>
        <translation>ڕێکخستنی ستوونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="573"/>
        <source>saved mapping</source>
        <translation>ڕێکخستنی پاشەکەوتکراوی ستوونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="574"/>
        <source>saved mapping %1</source>
        <translation>ڕێکخستنی پاشەکەوتکراوی ستوونەکان بۆ %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="575"/>
        <source>mapping saved for %1, whose columns this list has</source>
        <translation>ڕێکخستنی پاشەکەوتکراوی ستوونەکان بۆ %1، کە ستوونەکانی ئەم لیستەیە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="576"/>
        <source>mapping file %1</source>
        <translation>فایلی ڕێکخستنی ستوونەکان %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="577"/>
        <source>header %1 matches %2</source>
        <translation>سەردێڕی %1 لەگەڵ %2 یەکدەگرێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="578"/>
        <source>header %1 matches %2, but %3 of its values are numbers and it names a telephone: phone</source>
        <translation>سەردێڕی %1 لەگەڵ %2 یەکدەگرێتەوە، بەڵام %3 لە بەهاکانی ژمارەن و باسی تەلەفۆن دەکات: تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="580"/>
        <source>header %1 names a contact, but %2 of its values are telephone numbers: phone</source>
        <translation>سەردێڕی %1 باسی پەیوەندییەک دەکات، بەڵام %2 لە بەهاکانی ژمارەی تەلەفۆنن: تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="582"/>
        <source>header %1 names who reported the row, not her (%2): left unmapped, never her fields nor her family&apos;s contacts (raw kept in provenance; map it by hand only if it is hers)</source>
        <translation>سەردێڕی %1 ناوی ئەو کەسە دەبات کە ڕیزەکەی ڕاگەیاندووە، نەک ئەو (%2): بە هیچ خانەیەکەوە نەبەستراوە، هەرگیز نابێتە زانیاریی ئەو و نە پەیوەندیی خێزانەکەی (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ تەنها ئەگەر هی ئەو بێت بە دەست بیبەستەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="585"/>
        <source>header %1: part %2 of the name under %3</source>
        <translation>سەردێڕی %1: بەشی %2ی ناوەکە لە ژێر %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="586"/>
        <source>header %1: %2, as the group %3 and the label %4 under it say together</source>
        <translation>سەردێڕی %1: %2، وەک گرووپی %3 و ناونیشانی %4 لە ژێریدا پێکەوە دەیڵێن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="588"/>
        <source>header %1: part %2 of the name under %3 is the great-grandfather&apos;s name, which a record has no place for; not imported (kept with the list&apos;s rows)</source>
        <translation>سەردێڕی %1: بەشی %2ی ناوەکە لە ژێر %3 ناوی باوکی باپیریەتی، کە لە تۆماردا شوێنی نییە؛ هاوردە نەکرا (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="591"/>
        <source>; part 4 of the name under %1 is the great-grandfather&apos;s name as a four-part name is read now: if so, leave this column out</source>
        <translation>؛ بەشی 4ی ناوەکە لە ژێر %1 ناوی باوکی باپیریەتی بەو شێوەیەی ئێستا ناوی چواری دەخوێندرێتەوە: ئەگەر وایە، ئەم ستوونە هاوردە مەکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="593"/>
        <source>; of a name of four words or more, the fourth is the great-grandfather&apos;s name, which a record has no place for: not imported (kept with the list&apos;s rows), unless it is written as only a clan name is (the article and -i, or -ani, -awi: الحسكاني, Haskani)</source>
        <translation>؛ لە ناوێکی چوار وشە یان زیاتردا، وشەی چوارەم ناوی باوکی باپیریەتی، کە لە تۆماردا شوێنی نییە: هاوردە نەکرا (لەگەڵ ڕیزەکانی لیستەکە هەڵدەگیرێت)، مەگەر بەو شێوەیە نووسرابێت کە تەنها ناوی هۆز پێی دەنووسرێت (ال و ـی، یان ـانی، ـاوی: الحسكاني، Haskani)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="597"/>
        <source>header %1 numbers a part of the name, beside columns of the father&apos;s, grandfather&apos;s or family name: %2</source>
        <translation>سەردێڕی %1 بەشێکی ناوەکە ژمارە دەکات، لە تەنیشت ستوونەکانی ناوی باوک، باپیر یان بنەماڵە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="599"/>
        <source>header %1 names %2, which is not a field of the record; kept in provenance</source>
        <translation>سەردێڕی %1 باسی %2 دەکات، کە خانەیەکی تۆمار نییە؛ بەهاکان لە سەرچاوەدا هەڵدەگیرێن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="601"/>
        <source>header %1 matches %2, but %3 of its values are numbers, no names; kept in provenance</source>
        <translation>سەردێڕی %1 لەگەڵ %2 یەکدەگرێتەوە، بەڵام %3 لە بەهاکانی ژمارەن، نەک ناو؛ بەهاکان لە سەرچاوەدا هەڵدەگیرێن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="603"/>
        <source>header %1 names a name, and the values hold %2 words on average: full name</source>
        <translation>سەردێڕی %1 ناوێک دەنوێنێت، و بەهاکان بە تێکڕایی %2 وشەن: ناوی تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="605"/>
        <source> (%1 Arabic script: original script)</source>
        <translation> (%1 بە پیتی عەرەبی: بە نووسینی ڕەسەن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="606"/>
        <source> (Latin letters)</source>
        <translation> (بە پیتی لاتینی)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="607"/>
        <source> (mixed: %1 Arabic script; each value goes to its script&apos;s slot)</source>
        <translation> (تێکەڵ: %1 بە پیتی عەرەبی؛ هەر بەهایەک دەچێتە شوێنی نووسینەکەی خۆی)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="608"/>
        <source>no header match and no values</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە و هیچ بەهایەکی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="609"/>
        <source>%1 of values are sexes (F, M, انثى, mê ...)</source>
        <translation>%1 لە بەهاکان ڕەگەزن (F، M، انثى، mê ...)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="610"/>
        <source>%1 of values are statuses</source>
        <translation>%1 لە بەهاکان دۆخن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="611"/>
        <source>no header match; %1 of values are Arabic script with %2 words: %3 in original script</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە؛ %1 لە بەهاکان بە پیتی عەرەبین و بە تێکڕایی %2 وشەن: %3 بە نووسینی ڕەسەن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="613"/>
        <source>no header match; %1 of values are dates, but the header does not say which (birth, abduction, rescue): left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە؛ %1 لە بەهاکان ڕێکەوتن، بەڵام سەردێڕەکە نایڵێت ڕێکەوتی چین (لەدایکبوون، ڕفاندن، ڕزگاربوون): بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="616"/>
        <source>no header match; values not recognised (kept in provenance)</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە؛ بەهاکان نەناسرانەوە (لە سەرچاوەدا هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="617"/>
        <source>header %1 says a year but not of what; %2 of its values are years of birth (before %3): %4</source>
        <translation>سەردێڕی %1 ساڵێک دەڵێت بەڵام نایڵێت ساڵی چی؛ %2 لە بەهاکانی ساڵی لەدایکبوونن (پێش %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="619"/>
        <source>header %1 says a year but not of what, and only %2 of its values are years of birth: left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>سەردێڕی %1 ساڵێک دەڵێت بەڵام نایڵێت ساڵی چی، و تەنها %2 لە بەهاکانی ساڵی لەدایکبوونن: بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="622"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are dates or years of birth (before %3): %4</source>
        <translation>سەردێڕی %1 لەدایکبوون دەڵێت، هی خۆی یان هی منداڵێک؛ %2 لە بەهاکانی بەروار یان ساڵی لەدایکبوونن (پێش %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="624"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are ages or dates of birth (before %3), most of them ages: %4</source>
        <translation>سەردێڕی %1 لەدایکبوون دەڵێت، هی خۆی یان هی منداڵێک؛ %2 لە بەهاکانی تەمەن یان بەرواری لەدایکبوونن (پێش %3)، زۆربەیان تەمەنن: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="626"/>
        <source>header %1 says birth, hers or a child&apos;s, and only %2 of its values are dates or years of birth: it may be of children born in captivity, so it is not read as her birth; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>سەردێڕی %1 لەدایکبوون دەڵێت، هی خۆی یان هی منداڵێک، و تەنها %2 لە بەهاکانی بەروار یان ساڵی لەدایکبوونن: لەوانەیە دەربارەی ئەو منداڵانە بێت کە لە دیلیدا لەدایک بوون، بۆیە وەک لەدایکبوونی ئەو ناخوێندرێتەوە؛ بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ ئەگەر هی ئەوە بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="630"/>
        <source>header %1 is of children&apos;s births, births in captivity or a count of births: never read as her birth, whatever its values; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>سەردێڕی %1 دەربارەی لەدایکبوونی منداڵان، لەدایکبوون لە دیلیدا یان ژمارەی لەدایکبووانە: هەرگیز وەک لەدایکبوونی ئەو ناخوێندرێتەوە، بەهاکانی هەرچی بن؛ بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ ئەگەر هی ئەوە بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="633"/>
        <source>no header match; the values are Arabic script like names, but the names come from %1, so this column is left unmapped (raw kept in provenance; map it by hand if it holds names)</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە؛ بەهاکان وەک ناو بە پیتی عەرەبین، بەڵام ناوەکان لە %1 وەردەگیرێن، بۆیە ئەم ستوونە بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن؛ ئەگەر ناوی تێدایە بە دەست ڕێکی بخە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="636"/>
        <source>no header match; the values look like %1, but %1 already comes from %2; left unmapped (raw kept in provenance)</source>
        <translation>سەردێڕ لەگەڵ هیچ خانەیەک یەکناگرێتەوە؛ بەهاکان لە %1 دەچن، بەڵام خانەی %1 لە ستوونی %2 وەردەگیرێت؛ بێ ڕێکخستن مایەوە (بەهاکان لە سەرچاوەدا هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="638"/>
        <source>%1 already comes from %2; ignored (raw kept)</source>
        <translation>خانەی %1 لە ستوونی %2 وەردەگیرێت؛ ئەم ستوونە پشتگوێ خرا (بەها ڕەسەنەکانی هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="639"/>
        <source>%1 already comes from %2, whose header names it exactly; ignored (raw kept)</source>
        <translation>خانەی %1 لە ستوونی %2 وەردەگیرێت، کە سەردێڕەکەی ڕێک ناوی دەبات؛ ئەم ستوونە پشتگوێ خرا (بەها ڕەسەنەکانی هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="641"/>
        <source>%1 already comes from %2 in the same script; ignored (raw kept)</source>
        <translation>خانەی %1 بە هەمان نووسین لە ستوونی %2 وەردەگیرێت؛ ئەم ستوونە پشتگوێ خرا (بەها ڕەسەنەکانی هەڵدەگیرێن)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="642"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s as an alias (said on the row)</source>
        <translation>؛ هەروەها %1، بە هەمان نووسینی %2: لەو شوێنەی %2 بەتاڵە ئەم ستوونە دەیدات؛ لەو شوێنەی هەردووکیان بەهایەکی جیاوازیان هەیە، ئەوەی %2 هەڵدەگیرێت و ئەوەی ئەم ستوونە وەک ناوێکی دیکە (لە ڕیزەکەدا دەوترێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="645"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s inside an alias of the whole name (said on the row)</source>
        <translation>؛ هەروەها %1، بە هەمان نووسینی %2: لەو شوێنەی %2 بەتاڵە ئەم ستوونە دەیدات؛ لەو شوێنەی هەردووکیان بەهایەکی جیاوازیان هەیە، ئەوەی %2 هەڵدەگیرێت و ئەوەی ئەم ستوونە لەناو ناوێکی دیکەدا کە ناوی تەواوە (لە ڕیزەکەدا دەوترێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="649"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives the name; where both hold one, the parts in %2 are kept and this column&apos;s other spellings as aliases (said on the row)</source>
        <translation>؛ هەروەها %1، بە هەمان نووسینی %2: لەو شوێنەی %2 بەتاڵە ئەم ستوونە ناوەکە دەدات؛ لەو شوێنەی هەردووکیان ناویان تێدایە، بەشەکانی %2 هەڵدەگیرێن و ڕێنووسە جیاوازەکانی ئەم ستوونە وەک ناوی دیکە (لە ڕیزەکەدا دەوترێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="652"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s stays in the list&apos;s row only (said on the row)</source>
        <translation>؛ هەروەها %1، بە هەمان نووسینی %2: لەو شوێنەی %2 بەتاڵە ئەم ستوونە دەیدات؛ لەو شوێنەی هەردووکیان بەهایەکی جیاوازیان هەیە، ئەوەی %2 هەڵدەگیرێت و ئەوەی ئەم ستوونە تەنها لە ڕیزی لیستەکەدا دەمێنێتەوە (لە ڕیزەکەدا دەوترێت)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="655"/>
        <source>; ages given in %1</source>
        <translation>؛ تەمەنەکان بەپێی ساڵی %1 دراون</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="656"/>
        <source>; the year of the ages is not given: read as a range</source>
        <translation>؛ ساڵی تەمەنەکان نەدراوە: لەدایکبوون وەک مەودایەک لە ساڵان دەخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="657"/>
        <source>; it leaves this column out, but it would now be taken as %1: choose that field to import it</source>
        <translation>؛ ئەم ستوونە وەلادەنێت، بەڵام ئێستا وەک %1 وەردەگیرێت: ئەو خانەیە هەڵبژێرە بۆ هاوردەکردنی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="659"/>
        <source>; M and N read as Kurmanji mê (female) and nêr (male)</source>
        <translation>؛ M و N وەک کورمانجی خوێندرانەوە: mê (مێ) و nêr (نێر)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="661"/>
        <source>dates written month first (a possible day only when read so: %1, such as %2; only when read day first: none): each date of the column is read month first</source>
        <translation>بەروارەکان بە مانگ یەکەم نووسراون (ئەوانەی تەنها بەو شێوەیە ڕۆژێکی گونجاو دەدەن: %1، وەک %2؛ ئەوانەی تەنها بە ڕۆژ یەکەم: هیچ): هەموو بەروارێکی ستوونەکە بە مانگ یەکەم دەخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="664"/>
        <source>dates written both ways (a possible day only when read day first: %1, such as %2; only when read month first: %3, such as %4): each of those is read so, and a date both ways could read (%5) is read as its year only, its row saying so</source>
        <translation>بەروارەکان بە هەردوو شێوە نووسراون (ئەوانەی تەنها بە ڕۆژ یەکەم ڕۆژێکی گونجاو دەدەن: %1، وەک %2؛ ئەوانەی تەنها بە مانگ یەکەم: %3، وەک %4): هەریەکەیان بەو شێوەیە دەخوێندرێتەوە، و بەروارێک کە بە هەردوو شێوە دەخوێندرێتەوە (%5) تەنها وەک ساڵەکەی دەخوێندرێتەوە و ڕیزەکەی ئەمە دەڵێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="668"/>
        <source>dates either order reads (%1, such as %2), none that only one does: read month first, as %3 writes its dates (such as %4)</source>
        <translation>بەروارەکان بە هەردوو ڕیزبەندی دەخوێندرێنەوە (%1، وەک %2)، و هیچیان تەنها بە یەکێکیان نا: بە مانگ یەکەم دەخوێندرێنەوە، وەک %3 بەروارەکانی دەنووسێت (وەک %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="670"/>
        <source>; but %1 writes its dates day first (such as %2), and a list saved from one program writes one order: check which of the two columns is read wrong</source>
        <translation>؛ بەڵام %1 بەروارەکانی بە ڕۆژ یەکەم دەنووسێت (وەک %2)، و لیستێک کە لە یەک بەرنامەدا پاشەکەوت کراوە یەک ڕیزبەندی دەنووسێت: بپشکنە کام لە دوو ستوونەکە بە هەڵە خوێندراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="674"/>
        <source>1 January is %1 of its %2 whole days (such as %3), as a list writes a date when only the year is known: each 1 January of the column is read as its year only, the cell kept as written</source>
        <translation>یەکی کانوونی دووەم %1 لە %2 ڕۆژە تەواوەکانیەتی (وەک %3)، وەک لیستێک بەروار دەنووسێت کاتێک تەنها ساڵەکە زانراوە: هەموو یەکی کانوونی دووەمی ئەم ستوونە تەنها وەک ساڵەکەی دەخوێندرێتەوە، خانەکە وەک نووسراوە دەمێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="679"/>
        <source>; columns left unmapped: %1</source>
        <translation>؛ ئەو ستوونانەی بە هیچ خانەیەکەوە نەبەستراون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="680"/>
        <source>%1 (column %2)</source>
        <translation>%1 (ستوونی %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="682"/>
        <source>%1: the sheet is empty; nothing to import</source>
        <translation>%1: پەڕەکە بەتاڵە؛ هیچ شتێک نییە بۆ هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="683"/>
        <source>add a header row above the names</source>
        <translation>ڕیزێکی سەردێڕ لە سەرووی ناوەکانەوە زیاد بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="685"/>
        <source> (line %1)</source>
        <translation> (دێڕی %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="686"/>
        <source>no such file</source>
        <translation>فایلێکی وا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="687"/>
        <source>no such file in %1</source>
        <translation>فایلێکی وا لە %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="688"/>
        <source>no such file: there is no folder %1</source>
        <translation>فایلێکی وا نییە: بوخچەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="689"/>
        <source>a folder, not a file: give the list&apos;s file inside it</source>
        <translation>بوخچەیە، نەک فایل: فایلی لیستەکەی ناوی بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="690"/>
        <source>unknown kind of file; import reads xlsx, xlsm, xls, ods, csv and tsv</source>
        <translation>جۆری فایلەکە نەناسراوە؛ هاوردەکردن فایلەکانی ⁦xlsx⁩، ⁦xlsm⁩، ⁦xls⁩، ⁦ods⁩، ⁦csv⁩ و ⁦tsv⁩ دەخوێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="692"/>
        <source>the file is not really a %1 workbook (damaged, or another kind of file renamed)</source>
        <translation>فایلەکە لە ڕاستیدا فایلێکی خشتەیی %1 نییە (تێکچووە، یان فایلێکی جۆرێکی ترە کە ناوی گۆڕدراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="697"/>
        <source>the file is protected by a password; save an unprotected copy to import it</source>
        <translation>فایلەکە بە وشەی نهێنی پارێزراوە؛ کۆپییەکی نەپارێزراوی پاشەکەوت بکە بۆ ئەوەی هاوردەی بکەیت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="699"/>
        <source>the workbook has no sheets</source>
        <translation>هیچ پەڕەیەک لە فایلەکەدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="700"/>
        <source>no sheet named %1 (sheets: %2)</source>
        <translation>هیچ پەڕەیەک بە ناوی %1 نییە (پەڕەکان: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="701"/>
        <source>a CSV file has no sheets (asked for %1)</source>
        <translation>فایلی ⁦CSV⁩ پەڕەی نییە (داوای %1 کرا)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="702"/>
        <source>cannot be read (%1)</source>
        <translation>ناخوێندرێتەوە (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="703"/>
        <source>the cell holds a NUL character; the file is damaged</source>
        <translation>خانەکە پیتی ⁦NUL⁩ی تێدایە؛ فایلەکە تێکچووە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="704"/>
        <source>the cell holds a NUL character; the file is damaged (or is UTF-16 text without a byte-order mark)</source>
        <translation>خانەکە پیتی ⁦NUL⁩ی تێدایە؛ فایلەکە تێکچووە (یان دەقی ⁦UTF-16⁩ە بێ نیشانەی ڕیزبەندیی بایتەکان)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="706"/>
        <source>the file holds NUL bytes; save it again as UTF-8 CSV</source>
        <translation>فایلەکە بایتی ⁦NUL⁩ی تێدایە؛ دووبارە وەک ⁦UTF-8 CSV⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="707"/>
        <source>the file holds NUL bytes (it looks like UTF-16 without a byte-order mark); save it again as UTF-8 CSV</source>
        <translation>فایلەکە بایتی ⁦NUL⁩ی تێدایە (وەک ⁦UTF-16⁩ دەردەکەوێت بێ نیشانەی ڕیزبەندیی بایتەکان)؛ دووبارە وەک ⁦UTF-8 CSV⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="709"/>
        <source>not valid %1 although the file starts with its byte-order mark</source>
        <translation>کۆدکردنی %1 دروست نییە، هەرچەندە فایلەکە بە نیشانەی ڕیزبەندیی بایتەکانی ئەو کۆدکردنە دەست پێدەکات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="711"/>
        <source>a quote opens here and is never closed; every following line would run into this one cell. Fix the quote and import again</source>
        <translation>نیشانەیەکی وەرگرتن لێرە دەکرێتەوە و هەرگیز داناخرێت؛ هەموو دێڕەکانی دواتر دەچنە ناو ئەم یەک خانەیەوە. نیشانەکە ڕاست بکەرەوە و دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="713"/>
        <source>a quote opens here and closes %1 lines further down, so whole rows (lines with their %2 separators) ran into this one cell; fix the quote and import again</source>
        <translation>نیشانەیەکی وەرگرتن لێرە دەکرێتەوە و %1 دێڕ دواتر دادەخرێت، بۆیە ڕیزی تەواو (دێڕ لەگەڵ جیاکەرەوەکانی %2) چوونە ناو ئەم یەک خانەیەوە؛ نیشانەکە ڕاست بکەرەوە و دووبارە هاوردە بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="716"/>
        <source>&apos;tab&apos;</source>
        <translation>«⁦Tab⁩»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="717"/>
        <source>the header %1 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). Nothing was imported; import a UTF-8 copy of the list (in Excel: Save as, CSV UTF-8)</source>
        <translation>سەردێڕی %1 هەندێک پیتی لەدەستدا (&apos;?&apos;): فایلەکە بە کۆدکردنی عەرەبیی ⁦Windows⁩ (cp1256) پاشەکەوت کراوە، کە ناتوانێت پیتە سۆرانییەکان هەڵبگرێت (ڕ ڤ ڵ ە ۆ ێ). هیچ شتێک هاوردە نەکرا؛ کۆپییەکی لیستەکە بە ⁦UTF-8⁩ هاوردە بکە (لە ⁦Excel⁩دا: پاشەکەوتکردن وەک، ⁦CSV UTF-8⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="721"/>
        <source>the file is %1 MiB; the limit is %2 MiB</source>
        <translation>قەبارەی فایلەکە %1 مێگابایتە؛ سنوورەکە %2 مێگابایتە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="722"/>
        <source>%1 parts inside the file; the limit is %2</source>
        <translation>%1 بەش لە ناو فایلەکەدایە؛ سنوورەکە %2 بەشە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="723"/>
        <source>declares %1 MiB of content; the limit is %2 MiB</source>
        <translation>فایلەکە %1 مێگابایت ناوەڕۆک ڕادەگەیەنێت؛ سنوورەکە %2 مێگابایتە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="724"/>
        <source>part %1 declares %2 MiB; the limit is %3 MiB</source>
        <translation>بەشی %1 %2 مێگابایت ڕادەگەیەنێت؛ سنوورەکە %3 مێگابایتە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="725"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation>بەشی %1 ڕێگایەکی پەستاندن بەکاردەهێنێت کە پشتگیری ناکرێت (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="726"/>
        <source>part %1 is damaged</source>
        <translation>بەشی %1 تێکچووە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="727"/>
        <source>part %1 inflates to more than it declares (%2 bytes declared); the file is damaged or hostile</source>
        <translation>بەشی %1 کاتی کردنەوەی پەستاندن لەوە گەورەتر دەبێت کە ڕایدەگەیەنێت (%2 بایت ڕاگەیەندراوە)؛ فایلەکە تێکچووە یان زیانبەخشە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="729"/>
        <source>part %1 inflates to more than the limit (%2 bytes declared); the file is damaged or hostile</source>
        <translation>بەشی %1 کاتی کردنەوەی پەستاندن لە سنوورەکە گەورەتر دەبێت (%2 بایت ڕاگەیەندراوە)؛ فایلەکە تێکچووە یان زیانبەخشە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="731"/>
        <source>part %1 is compressed %2 to 1; the limit is %3 to 1 (a zip bomb?)</source>
        <translation>بەشی %1 بە ڕێژەی %2 بۆ 1 پەستێنراوە؛ سنوورەکە %3 بۆ 1ە (بۆمبی ⁦zip⁩؟)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="733"/>
        <source>part %1 declares a DTD or entities (XML bomb or XXE); spreadsheets never need one</source>
        <translation>بەشی %1 ⁦DTD⁩ یان قەوارە ڕادەگەیەنێت (بۆمبی ⁦XML⁩ یان ⁦XXE⁩)؛ فایلی خشتەیی هەرگیز پێویستی بەوە نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="735"/>
        <source>part %1 holds a text of more than %2 MiB without markup; the file is damaged or hostile</source>
        <translation>بەشی %1 دەقێکی زیاتر لە %2 مێگابایتی بێ تاگی تێدایە؛ فایلەکە تێکچووە یان زیانبەخشە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="747"/>
        <source>the sheet&apos;s used area reaches this cell (%1 rows x %2 columns); the limit is %3 cells. Delete stray cells far below or right of the list</source>
        <translation>ناوچەی بەکارهاتووی پەڕەکە دەگاتە ئەم خانەیە (%1 ڕیز × %2 ستوون)؛ سنوورەکە %3 خانەیە. ئەو خانە وێڵانە بسڕەوە کە زۆر لە خوار یان لە تەنیشت لیستەکەوەن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="750"/>
        <source>more than %1 rows</source>
        <translation>زیاتر لە %1 ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="751"/>
        <source>data resumes after %1 blank rows; the file looks damaged or hostile</source>
        <translation>زانیارییەکان دوای %1 ڕیزی بەتاڵ دەست پێدەکەنەوە؛ فایلەکە وەک تێکچوو یان زیانبەخش دەردەکەوێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="753"/>
        <source>reading took longer than %1 s and was stopped</source>
        <translation>خوێندنەوە لە %1 چرکە زیاتری خایاند و ڕاگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="754"/>
        <source>reading needed more than the %1 MiB memory limit and was stopped; the sheet reaches far-away cells or the file is damaged or hostile</source>
        <translation>خوێندنەوە پێویستی بە زیاتر لە سنووری بیرگەی %1 مێگابایت بوو و ڕاگیرا؛ پەڕەکە دەگاتە خانەی زۆر دوور یان فایلەکە تێکچووە یان زیانبەخشە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="757"/>
        <source>the reader stopped unexpectedly (exit code %1)</source>
        <translation>خوێنەری فایلەکە چاوەڕواننەکراو وەستا (کۆدی دەرچوون %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="758"/>
        <source>column %1 is mapped to %2, which is not a field (use one of: %3)</source>
        <translation>ستوونی %1 بە %2 بەستراوەتەوە، کە خانە نییە (یەکێک لەمانە بەکاربهێنە: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="760"/>
        <source>not a valid column mapping (%1)</source>
        <translation>ڕێکخستنێکی دروستی ستوونەکان نییە (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="761"/>
        <source>%1 value %2 is mapped to %3, which is not a %1 (use one of: %4)</source>
        <translation>بەهای %1 %2 بە %3 بەستراوەتەوە، کە یەکێک لە بەهاکانی %1 نییە (یەکێک لەمانە بەکاربهێنە: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="763"/>
        <source>%1 is not a year</source>
        <translation>%1 ساڵ نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="764"/>
        <source>%1 is not a year a list of ages could be from (%2 to %3)</source>
        <translation>%1 ساڵێک نییە کە لیستێکی تەمەنەکان هی ئەو ساڵە بێت (لە %2 تا %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="765"/>
        <source>the header is here but no row below it holds a value; nothing was imported</source>
        <translation>سەردێڕەکە لێرەیە بەڵام هیچ ڕیزێک لە خوارەوەی بەهای تێدا نییە؛ هیچ شتێک هاوردە نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="767"/>
        <source>import batch %1 is already %2</source>
        <translation>کۆمەڵەی هاوردەی %1 ئیتر چاوەڕێی بڕیار نییە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="768"/>
        <source>row %1 is not decided: decide it first</source>
        <translation>هێشتا بڕیار لەسەر ڕیزی %1 نەدراوە: سەرەتا بڕیاری لەسەر بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="769"/>
        <source>row %1 was rejected when the list was read, so there is nothing to decide: %2</source>
        <translation>ڕیزی %1 لە کاتی خوێندنەوەی لیستەکەدا ڕەتکرایەوە، بۆیە هیچ بڕیارێک لەسەری نییە: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="771"/>
        <source>row %1 holds nothing left to decide: %2</source>
        <translation>ڕیزی %1 هیچی تێدا نەماوە بڕیاری لەسەر بدرێت: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="772"/>
        <source>batch %1 has no row %2</source>
        <translation>کۆمەڵەی %1 ڕیزی %2ی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="773"/>
        <source>row %1 is to be skipped: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>ڕیزی %1 تێدەپەڕێندرێت: سەرەتا بڕیاری لەسەر بدە (دروستکردن یان نوێکردنەوە)، پاشان ئەم ڕیزە؛ یان ئەم ڕیزە دروست بکە یان تێی بپەڕێنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="775"/>
        <source>row %1 is not decided yet: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>هێشتا بڕیار لەسەر ڕیزی %1 نەدراوە: سەرەتا بڕیاری لەسەر بدە (دروستکردن یان نوێکردنەوە)، پاشان ئەم ڕیزە؛ یان ئەم ڕیزە دروست بکە یان تێی بپەڕێنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="777"/>
        <source>counts do not reconcile; nothing was imported</source>
        <translation>ژمارەکان یەک ناگرنەوە؛ هیچ شتێک هاوردە نەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="778"/>
        <source>batch %1</source>
        <translation>کۆمەڵەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="779"/>
        <source>its merge chain does not end; split it first</source>
        <translation>زنجیرەی تێکەڵکردنەکەی کۆتایی نایەت؛ سەرەتا جیای بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="780"/>
        <source>a row is to update a person who has been deleted since the list was staged; decide it again</source>
        <translation>ڕیزێک بڕیاری نوێکردنەوەی کەسێکی هەیە کە دوای ئامادەکردنی لیستەکە سڕاوەتەوە؛ دووبارە بڕیاری لەسەر بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="783"/>
        <source>no import batch %1</source>
        <translation>کۆمەڵەی هاوردەی %1 نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="784"/>
        <source>import batch %1 is %2, not committed: nothing of it is in the vault to withdraw</source>
        <translation>کۆمەڵەی هاوردەی %1 دۆخی: %2، هاوردە نەکراوە: هیچی لە گەنجینەدا نییە بۆ کێشانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="786"/>
        <source>batch %1 has no importable row %2</source>
        <translation>کۆمەڵەی %1 ڕیزی %2ی هاوردەکراوی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="787"/>
        <source>row %1 of batch %2 names no person now (skipped, or withdrawn already): nothing to withdraw</source>
        <translation>ڕیزی %1ی کۆمەڵەی %2 ئێستا ناوی هیچ کەسێک نابات (پەڕێنرا، یان پێشتر کێشرایەوە): هیچ شتێک نییە بۆ کێشانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="789"/>
        <source>row %1 of batch %2 went to %3, since merged into %4: split it out first (casekeeper split %3)</source>
        <translation>ڕیزی %1ی کۆمەڵەی %2 چووە سەر %3، کە دواتر تێکەڵی %4 کرا: سەرەتا جیای بکەرەوە (casekeeper split %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="791"/>
        <source>row %1 of batch %2 made %3, and more refers to that record than this row: %4; nothing was withdrawn (the record is not deleted while anything else refers to it: split, unlink or delete it by hand first)</source>
        <translation>ڕیزی %1ی کۆمەڵەی %2 %3ی دروستکرد، و شتی زیاتر لەم ڕیزە ئاماژەی بەو تۆمارە دەکات: %4؛ هیچ شتێک نەکێشرایەوە (تۆمارەکە ناسڕدرێتەوە تا شتێکی تر ئاماژەی پێبکات: سەرەتا بە دەست جیای بکەرەوە، بەستنەکەی هەڵبوەشێنەوە یان بیسڕەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="799"/>
        <source>%1, merged into it</source>
        <translation>%1، تێکەڵی ئەو کراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="795"/>
        <source>row %1 of batch %2</source>
        <translation>ڕیزی %1ی کۆمەڵەی %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="694"/>
        <source>not a readable spreadsheet: the file is damaged, or is another kind of file; ask the sender for it again</source>
        <translation>فایلێکی خشتەیی نییە کە بخوێندرێتەوە: فایلەکە تێکچووە، یان فایلێکی جۆرێکی ترە؛ دووبارە لە نێرەرەکەی داوای بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="696"/>
        <source> (technical detail: %1)</source>
        <translation> (وردەکاریی تەکنیکی: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="737"/>
        <source>a cell of %1 characters; the limit is %2: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>خانەیەک بە %1 پیت؛ سنوورەکە %2 پیتە: خانەکە کورت بکەرەوە، یان دەقەکەی بەسەر چەند خانە یان ڕیزێکدا دابەش بکە، پەڕگەکە دووبارە پاشەکەوت بکە و دووبارە هاوردەی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="740"/>
        <source>part %1 holds a text of more than %2 MiB without markup (one giant cell, or a damaged or hostile file): if a cell holds that much text, shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>بەشی %1 دەقێکی زیاتر لە %2 مێگابایت بێ نیشانەکردن تێدایە (خانەیەکی زەبەلاح، یان پەڕگەیەکی تێکچوو یان دوژمنکارانە): ئەگەر خانەیەک ئەو هەموو دەقەی تێدابێت، خانەکە کورت بکەرەوە، یان دەقەکەی بەسەر چەند خانە یان ڕیزێکدا دابەش بکە، پەڕگەکە دووبارە پاشەکەوت بکە و دووبارە هاوردەی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="744"/>
        <source>a cell of more than %1 MiB of text; the limit is %2 characters: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>خانەیەک زیاتر لە %1 مێگابایت دەقی تێدایە؛ سنوورەکە %2 پیتە: خانەکە کورت بکەرەوە، یان دەقەکەی بەسەر چەند خانە یان ڕیزێکدا دابەش بکە، پەڕگەکە دووبارە پاشەکەوت بکە و دووبارە هاوردەی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="796"/>
        <source>report %1</source>
        <translation>ڕاپۆرتی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="797"/>
        <source>rescue %1</source>
        <translation>ڕزگارکردنی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="798"/>
        <source>relative %1 (%2)</source>
        <translation>خزمی %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="800"/>
        <source>family contact %1</source>
        <translation>پەیوەندیی خێزانی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="801"/>
        <source>photo %1</source>
        <translation>وێنەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="802"/>
        <source>not the same person as %1</source>
        <translation>هەمان کەس نییە وەک %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="803"/>
        <source>%1 on %2</source>
        <translation>%1 لە %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="811"/>
        <source>staged</source>
        <translation>ئامادەکراو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="812"/>
        <source>committed</source>
        <translation>هاوردە کرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="813"/>
        <source>discarded</source>
        <translation>فڕێدرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="816"/>
        <source>create</source>
        <translation>دروستکردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="817"/>
        <source>update</source>
        <translation>نوێکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="818"/>
        <location filename="../../ui/import_report.py" line="825"/>
        <location filename="../../ui/import_wizard.py" line="435"/>
        <source>same as an earlier row</source>
        <translation>وەک ڕیزێکی پێشوو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="819"/>
        <source>skip</source>
        <translation>تێپەڕاندن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="820"/>
        <source>undecided</source>
        <translation>بێ بڕیار</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="822"/>
        <source>created</source>
        <translation>دروست کران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="823"/>
        <source>updated</source>
        <translation>نوێ کرانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="824"/>
        <source>unchanged</source>
        <translation>نەگۆڕاو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="827"/>
        <source>skipped</source>
        <translation>تێپەڕێندران</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="828"/>
        <source>rejected</source>
        <translation>ڕەتکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="830"/>
        <source>withdrawn</source>
        <translation>کشێنراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="846"/>
        <source>Arabic script</source>
        <translation>بە نووسینی ڕەسەن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="847"/>
        <source>Latin letters</source>
        <translation>بە پیتی لاتینی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="852"/>
        <source>marital status</source>
        <translation>باری خێزانی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="853"/>
        <source>health status</source>
        <translation>باری تەندروستی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="854"/>
        <source>number of family members</source>
        <translation>ژمارەی ئەندامانی خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="856"/>
        <source>a telephone number</source>
        <translation>ژمارەی تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="859"/>
        <source>a total</source>
        <translation>کۆی گشتی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="860"/>
        <source>a signature</source>
        <translation>واژۆ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="861"/>
        <source>a stamp</source>
        <translation>مۆر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="862"/>
        <source>an official&apos;s title</source>
        <translation>پلەی بەرپرسێک</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="864"/>
        <source>a &apos;prepared by&apos;</source>
        <translation>«ئامادەکردن»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="865"/>
        <source>a date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="866"/>
        <source>an office&apos;s name</source>
        <translation>ناوی فەرمانگەیەک</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="868"/>
        <source>hidden</source>
        <translation>شاراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="869"/>
        <source>no header row</source>
        <translation>ڕیزی سەردێڕی نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="870"/>
        <source>no column headed as a name</source>
        <translation>هیچ ستوونێکی بە سەردێڕی ناو نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="872"/>
        <source>a chart</source>
        <translation>هێڵکاری</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="873"/>
        <source>a dialog sheet</source>
        <translation>پەڕەی دیالۆگ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="874"/>
        <source>a macro sheet</source>
        <translation>پەڕەی ماکرۆ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="875"/>
        <source>macro code</source>
        <translation>کۆدی ماکرۆ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="887"/>
        <source>edited</source>
        <translation>دەستکاری کرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="888"/>
        <source>a status recorded</source>
        <translation>دۆخێک تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="889"/>
        <source>a relative linked</source>
        <translation>خزمێک بەسترا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="890"/>
        <source>a family contact added</source>
        <translation>پەیوەندییەکی خێزان زیادکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="891"/>
        <source>a photo added</source>
        <translation>وێنەیەک زیادکرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="892"/>
        <source>a photo removed</source>
        <translation>لابردنی وێنەیەک</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="893"/>
        <source>a family contact removed</source>
        <translation>لابردنی پەیوەندییەکی خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="894"/>
        <source>a relative link removed</source>
        <translation>لابردنی پەیوەندییەکی خزمایەتی</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="895"/>
        <source>a record merged into hers</source>
        <translation>تۆمارێک تێکەڵی تۆمارەکەی کرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="896"/>
        <source>a record split out of hers</source>
        <translation>تۆمارێک لە تۆمارەکەی جیاکرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="897"/>
        <source>other spellings set right</source>
        <translation>ڕێنووسەکانی تر ڕاستکرانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="898"/>
        <source>merged into another record</source>
        <translation>تێکەڵی تۆمارێکی تر کرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="899"/>
        <source>split out of another record</source>
        <translation>لە تۆمارێکی تر جیاکرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="900"/>
        <source>an edit undone</source>
        <translation>دەستکارییەک هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="901"/>
        <source>a &apos;not the same person&apos; mark taken back</source>
        <translation>تۆماری «هەمان کەس نییە» هەڵوەشایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="903"/>
        <source>a &apos;not the same person&apos; mark withdrawn</source>
        <translation>بڕیاری «هەمان کەس نییە» بە تێکەڵکردن کشایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="905"/>
        <source>a &apos;not the same person&apos; mark given back</source>
        <translation>بڕیاری «هەمان کەس نییە» بە جیاکردنەوە گەڕایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="990"/>
        <source>%1: columns %2 give her father&apos;s, grandfather&apos;s or family name, but no column gives her own name: every row would become a person without a given name, and sisters and repeated rows could not be told apart; nothing was staged. Set the column that holds her name to %4 or %5%3</source>
        <translation>%1: ستوونەکانی %2 ناوی باوک، باپیر یان بنەماڵەکەی دەدەن، بەڵام هیچ ستوونێک ناوی خۆی نادات: هەموو ڕیزێک دەبێتە کەسێکی بێ ناوی یەکەم، و خوشکان و ڕیزە دووبارەکان لێک جیا ناکرێنەوە؛ هیچ شتێک ئامادە نەکرا. ئەو ستوونەی ناوی ئەوی تێدایە بکە بە «%4» یان «%5»%3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="997"/>
        <source>%1: no header row (a row naming the columns, such as %3) was found, so nothing here reads as a list; %2</source>
        <translation>%1: هیچ ڕیزێکی سەردێڕ نەدۆزرایەوە (ڕیزێک کە ناوی ستوونەکان دەڵێت، وەک %3)، بۆیە هیچ شتێک لێرە وەک لیست ناخوێنرێتەوە؛ %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1001"/>
        <source>%1: no sheet holds a header row (a row naming the columns, such as %3), so no sheet reads as a list (sheets: %2)</source>
        <translation>%1: هیچ پەڕەیەک ڕیزی سەردێڕی تێدا نییە (ڕیزێک کە ناوی ستوونەکان دەڵێت، وەک %3)، بۆیە هیچ پەڕەیەک وەک لیست ناخوێنرێتەوە (پەڕەکان: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1005"/>
        <source>the file has other sheets (%1): go back to step 2 and choose the one that holds the list</source>
        <translation>فایلەکە پەڕەی تری تێدایە (%1): بگەڕێوە بۆ هەنگاوی 2 و ئەو پەڕەیە هەڵبژێرە کە لیستەکەی تێدایە</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1011"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); set the column that holds her name to %4 or %5</source>
        <translation>%1: هیچ ستوونێکی ئەم پەڕەیە وەک ناو ناخوێنرێتەوە (ڕیزی سەردێڕ %2: %3)؛ ئەو ستوونەی ناوی ئەوی تێدایە بکە بە «%4» یان «%5»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1014"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); %4, or set the column that holds her name to %5 or %6</source>
        <translation>%1: هیچ ستوونێکی ئەم پەڕەیە وەک ناو ناخوێنرێتەوە (ڕیزی سەردێڕ %2: %3)؛ %4، یان ئەو ستوونەی ناوی ئەوی تێدایە بکە بە «%5» یان «%6»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1018"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: پێشتر %2 بوو، ئێستا %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1020"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair on their pages before joining any.</source>
        <translation>%1 دووبارەی ئەگەری، هیچیان هاوتایەکی ئەگەری نییە کە هیچ شتێک دووەکە لێک جیا نەکاتەوە: پێش یەکخستنی هەر کامێک، هەر جووتێک لە لاپەڕەکانیاندا بەراورد بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1026"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; joining them is refused as they stand (why is said above).</source>
        <translation>%1 دووبارەی ئەگەری: لە شاشەی دووبارەکان سەیریان بکە، نزمترین نمرەی لەسەر %2 دابنێ؛ تێکەڵکردنیان وەک ئێستا ڕەت دەکرێتەوە (هۆکارەکەی لە سەرەوە گوتراوە).</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1032"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; if two are one person, Same person joins them.</source>
        <translation>%1 دووبارەی ئەگەری: لە شاشەی «دووبارەکان» سەیریان بکە، کەمترین نمرە بکە بە %2؛ ئەگەر دووانیان هەمان کەس بن، «هەمان کەسە» یەکیان دەخات.</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="32"/>
        <location filename="../../ui/import_report.py" line="226"/>
        <source>date of status %1</source>
        <translation>ڕێکەوتی دۆخی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="64"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it (a status added after it would leave it in the person&apos;s history): on the person&apos;s page, in the %3 tab, select it, then %4</source>
        <translation>%1: دۆخێک کە لیستێک بە پێچەوانەی گەنجینەوە دەیڵێت وەک تێبینی تۆمار دەکرێت و هاوردەکردن هەرگیز داینانێت: ئەگەر دۆخی %2 لە گەنجینەدا هەڵەیە، بیکشێنەوە (دۆخێک کە دوای ئەو زیاد بکرێت لە مێژووەکەیدا دەیهێڵێتەوە): لە پەڕەی کەسەکەدا لە بەشی «%3»، دیاری بکە، پاشان «%4»</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="71"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, type the date %3, then %2)</source>
        <translation>؛ ئەمە بە تەنها دۆخی %1ی لیستەکەی پێ نادات: پاشان لە هەمان بەشدا زیادی بکە (هەڵیبژێرە، بەرواری %3 بنووسە، پاشان «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="74"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, then %2)</source>
        <translation>؛ ئەمە بە تەنها دۆخی %1ی لیستەکەی پێ نادات: پاشان لە هەمان بەشدا زیادی بکە (هەڵیبژێرە، پاشان «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="81"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, add it on the person&apos;s page, in the %2 tab (choose %3, type its date, then %4)</source>
        <translation>%1: دۆخێک کە لیستێک بە پێچەوانەی گەنجینەوە دەیڵێت وەک تێبینی تۆمار دەکرێت و هاوردەکردن هەرگیز داینانێت: ئەگەر ڕاستە، لە پەڕەی کەسەکەدا لە بەشی «%2» زیادی بکە (%3 هەڵبژێرە، بەروارەکەی بنووسە، پاشان «%4»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="86"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all, add it again on the person&apos;s page, in the %4 tab (choose it, type its date, then %5)</source>
        <translation>%1: %2ی لیستەکە لە %3 لە کەسەکە کێشرایەوە چونکە بە هەڵە گوترابوو، و دووبارە دانانرێتەوە؛ ئەگەر لە کۆتاییدا ڕاستە، لە پەڕەی کەسەکەدا لە بەشی «%4» دووبارە زیادی بکە (هەڵیبژێرە، بەروارەکەی بنووسە، پاشان «%5»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="93"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again dated %9 with %8</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر بەرواری لیستەکە ڕاستە، لە پەڕەی کەسەکەدا لە بەشی «%6»: بیکشێنەوە (دیاری بکە، پاشان «%7»)، پاشان بە بەرواری %9 بە «%8» دووبارە زیادی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="98"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again with the list&apos;s date with %8</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر بەرواری لیستەکە ڕاستە، لە پەڕەی کەسەکەدا لە بەشی «%6»: بیکشێنەوە (دیاری بکە، پاشان «%7»)، پاشان بە بەرواری لیستەکە بە «%8» دووبارە زیادی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="105"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw that row on the person&apos;s page, in the %6 tab (select batch %3 row %4, then %7)</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر نێرەر بیگەڕێنێتەوە، ئەو ڕیزە لە پەڕەی کەسەکەدا لە بەشی «%6» بکشێنەوە (دەستەی %3 ڕیزی %4 دیاری بکە، پاشان «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="110"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw it on the person&apos;s page, in the %6 tab (select it, then %7)</source>
        <translation>%1: دۆخی %2 لە گەنجینەدا لە دەستەی %3 ڕیزی %4 (%5) هاتووە، وەشانێکی پێشووی ئەم لیستەیە لە هەمان نێرەرەوە؛ ئەگەر نێرەر بیگەڕێنێتەوە، لە پەڕەی کەسەکەدا لە بەشی «%6» بیکشێنەوە (دیاری بکە، پاشان «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="115"/>
        <source>a cell left blank or a column left out is not a change: the vault keeps what earlier versions gave (the %1 tab of the person&apos;s page lists their rows)</source>
        <translation>خانەیەکی بەتاڵ بەجێهێڵراو یان ستوونێکی لابراو گۆڕانکاری نییە: گەنجینە ئەوەی وەشانەکانی پێشوو دابوویان دەهێڵێتەوە (بەشی «%1» لە پەڕەی کەسەکەدا ڕیزەکانیان لیست دەکات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="13"/>
        <source>given name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="14"/>
        <source>father&apos;s name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="15"/>
        <source>grandfather&apos;s name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="16"/>
        <source>family or clan name</source>
        <translation>ناوی بنەماڵە یان هۆز</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="17"/>
        <source>nickname</source>
        <translation>نازناو</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="32"/>
        <source>%1 kept in the record; the list&apos;s %2 added to the other spellings (a list never changes a name; to take the list&apos;s, use %3 on the person&apos;s page)</source>
        <translation>%1 لە تۆمارەکەدا مایەوە؛ ئەوەی لیستەکە دەیڵێت، %2، خرایە سەر ڕێنووسەکانی دیکە (لیست هەرگیز ناوێک ناگۆڕێت؛ بۆ وەرگرتنی ئەوەی لیستەکە، «%3» لە پەڕەی کەسەکەدا بەکاربهێنە)</translation>
    </message>
</context>
<context>
    <name>ImportReportWindow</name>
    <message>
        <location filename="../../ui/import_report_window.py" line="21"/>
        <source>Import %1</source>
        <translation>هاوردەی %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../ui/import_rows.py" line="31"/>
        <source>created %1</source>
        <translation>دروست کرا %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="32"/>
        <source>updated %1</source>
        <translation>نوێ کرایەوە %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="33"/>
        <source>matched %1, nothing new</source>
        <translation>لەگەڵ %1 گونجا، هیچی نوێ نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="34"/>
        <source>went to %1 (whether it added anything was not recorded)</source>
        <translation>چووە سەر %1 (تۆمار نەکراوە ئایا شتێکی زیاد کرد)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="36"/>
        <source>repeat of row %1: %2</source>
        <translation>دووبارەی ڕیزی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="37"/>
        <source>imported, but its person has been deleted since</source>
        <translation>هاوردە کرا، بەڵام کەسەکەی دواتر سڕایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="39"/>
        <source>not imported: the import was discarded</source>
        <translation>هاوردە نەکرا: هاوردەکە فڕێدرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="40"/>
        <source>waits for a decision</source>
        <translation>چاوەڕێی بڕیارە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="43"/>
        <source>went with row %1 to %2; row %1 withdrawn since</source>
        <translation>لەگەڵ ڕیزی %1 چوو بۆ %2؛ ڕیزی %1 دواتر کشێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="44"/>
        <source>rejected: %1</source>
        <translation>ڕەتکرایەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="45"/>
        <source>skipped</source>
        <translation>تێپەڕێندرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="46"/>
        <source>skipped: a repeat of row %1, which was skipped</source>
        <translation>تێپەڕێندرا: دووبارەی ڕیزی %1 کە تێپەڕێندرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="48"/>
        <source>withdrawn from %1; waits for a decision</source>
        <translation>لە %1 کشێنرایەوە؛ چاوەڕێی بڕیارە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="49"/>
        <source>decided: %1, not imported yet</source>
        <translation>بڕیار: %1، هێشتا هاوردە نەکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="50"/>
        <source>withdrawn from %1, decided again: %2</source>
        <translation>لە %1 کشێنرایەوە، دووبارە بڕیار درا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="52"/>
        <source>%1 (merged into %2 since)</source>
        <translation>%1 (لەو کاتەوە تێکەڵی %2 کراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="54"/>
        <source>matched %1</source>
        <translation>لەگەڵ %1 گونجا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="55"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="95"/>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="96"/>
        <source>Name as listed</source>
        <translation>ناو وەک لە لیستەکەدا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="97"/>
        <source>What happened</source>
        <translation>چی ڕوویدا</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="98"/>
        <source>Case number</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="144"/>
        <source>Rows of the list and their case numbers (%1):</source>
        <translation>ڕیزەکانی لیستەکە و ژمارەی دۆسیەکانیان (%1):</translation>
    </message>
</context>
<context>
    <name>ImportRowsTable</name>
    <message>
        <location filename="../../ui/import_rows.py" line="120"/>
        <source>Save rows as CSV...</source>
        <translation>پاشەکەوتکردنی ڕیزەکان وەک CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="157"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="171"/>
        <source>Saved to %1</source>
        <translation>پاشەکەوت کرا لە %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>هەڵوەشایەوە: هیچ نەگۆڕدرا.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>1. Choose the list to import</source>
        <translation>1. ئەو لیستەی دەتەوێت هاوردەی بکەیت هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Choose the file, or type or paste its path</source>
        <translation>فایلەکە هەڵبژێرە، یان ڕێڕەوەکەی بنووسە یان بیلکێنە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Choose file...</source>
        <translation>هەڵبژاردنی پەڕگە...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>e.g. Office of Kidnapped Affairs</source>
        <translation>بۆ نموونە نووسینگەی کاروباری ڕفێنراوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Who sent the list</source>
        <translation>کێ لیستەکەی ناردووە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Read the file</source>
        <translation>خوێندنەوەی پەڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Lists (%1)</source>
        <translation>لیستەکان (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>The box holds more than one line: paste the path of one file.</source>
        <translation>خانەکە زیاتر لە دێڕێکی تێدایە: ڕێڕەوی تەنها یەک فایل بلکێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>%1 is not a file on this computer. Copy the list onto this computer, then choose it or paste its path.</source>
        <translation>%1 فایلێک نییە لەسەر ئەم کۆمپیوتەرە. لیستەکە بگوازەرەوە بۆ سەر ئەم کۆمپیوتەرە، پاشان هەڵیبژێرە یان ڕێڕەوەکەی بلکێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Choose a file first.</source>
        <translation>سەرەتا پەڕگەیەک هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>%1 is a folder. Choose the list&apos;s file in it.</source>
        <translation>%1 بوخچەیەکە. فایلی لیستەکە لەناویدا هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="209"/>
        <source>There is no file at %1. Check the path, or choose the file.</source>
        <translation>هیچ فایلێک لە %1 نییە. ڕێڕەوەکە بپشکنە، یان فایلەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>2. Sheet and header row</source>
        <translation>2. پەڕە و ڕیزی سەردێڕ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Sheet</source>
        <translation>پەڕە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <location filename="../../ui/import_wizard.py" line="310"/>
        <location filename="../../ui/import_wizard.py" line="403"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Next: columns</source>
        <translation>دواتر: ستوونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source> (hidden)</source>
        <translation> (شاراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>This exact file was imported before (batch %1).</source>
        <translation>هەمان ئەم پەڕگەیە پێشتر هاوردە کراوە (کۆمەڵەی %1).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>This exact file was imported before (batch %1), and batch %2, another version of this list, was committed after it: it is read as a new version of the list, not as a double import.</source>
        <translation>هەمان ئەم پەڕگەیە پێشتر هاوردە کرابوو (دەستەی %1)، و دەستەی %2، وەشانێکی تری ئەم لیستە، دوای ئەو تۆمار کرا: وەک وەشانێکی نوێی لیستەکە دەخوێندرێتەوە، نەک هاوردەکردنێکی دووبارە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>This exact file is staged already as batch %1, waiting for decisions: decide or discard that batch rather than import it again.</source>
        <translation>هەمان ئەم فایلە پێشتر وەک کۆمەڵەی %1 ئامادە کراوە و چاوەڕێی بڕیارە: لەو کۆمەڵەیە بڕیار بدە یان فڕێی بدە، لە جیاتی ئەوەی دووبارە هاوردەی بکەیتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Batch %1 of this list (%2, staged %3) is still waiting for decisions: its rows are not in the vault yet, so this list is compared with the last version committed, not with it, and a woman both versions add may be added twice. Decide or discard that batch first.</source>
        <translation>کۆمەڵەی %1 لەم لیستە (%2، لە %3 ئامادە کراوە) هێشتا چاوەڕێی بڕیارە: ڕیزەکانی هێشتا لە گەنجینەدا نین، بۆیە ئەم لیستە لەگەڵ دوایین وەشانی هاوردەکراو بەراورد دەکرێت، نەک لەگەڵ ئەو کۆمەڵەیە، و ئافرەتێک کە هەردوو وەشانەکە زیادی دەکەن لەوانەیە دوو جار زیاد بکرێت. سەرەتا لەو کۆمەڵەیە بڕیار بدە یان فڕێی بدە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="278"/>
        <source>Several sheets hold a list: %1. The first is shown; choose the sheet to import above (each sheet is a list of its own).</source>
        <translation>چەند پەڕەیەک لیستیان تێدایە: %1. یەکەمیان پیشان دراوە؛ لە سەرەوە ئەو پەڕەیە هەڵبژێرە کە دەتەوێت هاوردەی بکەیت (هەر پەڕەیەک لیستێکی سەربەخۆیە).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="284"/>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291"/>
        <source>3. What each column holds</source>
        <translation>3. هەر ستوونێک چی تێدایە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Column</source>
        <translation>ستوون</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Examples</source>
        <translation>نموونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Why suggested</source>
        <translation>هۆی پێشنیار</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Check the rows</source>
        <translation>پشکنینی ڕیزەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>The saved mapping leaves out %1, which would now be imported. It stands as saved: choose the field below to import the column.</source>
        <translation>ڕێکخستنی پاشەکەوتکراوی ستوونەکان %1 وەلادەنێت، کە ئێستا هاوردە دەکرێت. وەک خۆی دەمێنێتەوە: خانەکە لە خوارەوە هەڵبژێرە بۆ هاوردەکردنی ستوونەکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366"/>
        <source>4. Preview: what will happen to each row</source>
        <translation>4. پێشبینین: چی بە هەر ڕیزێک دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Match</source>
        <translation>هاوتا</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>An update would change</source>
        <translation>ئەوەی نوێکردنەوەکە دەیگۆڕێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="385"/>
        <source>Problems</source>
        <translation>کێشەکان</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="404"/>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>Continue</source>
        <translation>بەردەوامبوون</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438"/>
        <source>skipped again, as by hand last time</source>
        <translation>دووبارە تێپەڕێنرا، وەک جاری پێشوو بە دەست</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="441"/>
        <source>waits: skipped by hand last time, changed since</source>
        <translation>چاوەڕێی بڕیارە: جاری پێشوو بە دەست تێپەڕێنرا، لەو کاتەوە گۆڕاوە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="444"/>
        <source>waits: under the list&apos;s signature or total</source>
        <translation>چاوەڕێی بڕیارە: لە ژێر واژۆ یان کۆی لیستەکە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="456"/>
        <location filename="../../ui/import_wizard.py" line="703"/>
        <source>row %1</source>
        <translation>ڕیزی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="460"/>
        <source>same as row %1</source>
        <translation>وەک ڕیزی %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="473"/>
        <source>Said of everyone this list adds: %1. Given to %n new person(s) whose row does not say it; no person the list updates is given it.</source>
        <translation>
            <numerusform>ئەوەی بۆ هەموو ئەوانەی ئەم لیستە زیادیان دەکات گوترا: %1. دەدرێت بە %n کەسی نوێ کە ڕیزەکەی نایڵێت؛ بە هیچ کەسێک نادرێت کە لیستەکە نوێی دەکاتەوە.</numerusform>
            <numerusform>ئەوەی بۆ هەموو ئەوانەی ئەم لیستە زیادیان دەکات گوترا: %1. دەدرێت بە %n کەسی نوێ کە ڕیزەکەی نایڵێت؛ بە هیچ کەسێک نادرێت کە لیستەکە نوێی دەکاتەوە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>Select a row to see it in full here.</source>
        <translation>ڕیزێک هەڵبژێرە بۆ ئەوەی لێرە بە تەواوی ببینیت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="494"/>
        <source>nothing new</source>
        <translation>هیچ شتێکی نوێ نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>adds the family contact %1</source>
        <translation>پەیوەندیی خێزانی %1 زیاد دەکات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="507"/>
        <source>Row %1: %2</source>
        <translation>ڕیزی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509"/>
        <source>Matches %1</source>
        <translation>هاوتای %1یە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="512"/>
        <source>Repeats row %1 of this list.</source>
        <translation>دووبارەکردنەوەی ڕیزی %1ی ئەم لیستەیە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="515"/>
        <source>Skipped again: you skipped this same row by hand in the list&apos;s last version, so nothing of it is imported.</source>
        <translation>دووبارە تێپەڕێنرا: هەمان ئەم ڕیزەت لە وەشانی پێشووی لیستەکەدا بە دەست تێپەڕاند، بۆیە هیچی لێ هاوردە ناکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="518"/>
        <source>You skipped a row of these names by hand in the list&apos;s last version, and its cells changed since: you decide in the next step.</source>
        <translation>ڕیزێکی بەم ناوانەت لە وەشانی پێشووی لیستەکەدا بە دەست تێپەڕاند، و خانەکانی لەو کاتەوە گۆڕاون: لە هەنگاوی داهاتوودا بڕیار دەدەیت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="522"/>
        <source>This row stands under the line on row %1, which ends the list: the name of whoever signed it, perhaps. It is not imported unless you decide so in the next step.</source>
        <translation>ئەم ڕیزە لە ژێر هێڵی ڕیزی %1 دایە کە لیستەکە پێی کۆتایی دێت: لەوانەیە ناوی ئەو کەسە بێت کە واژۆی کردووە. هاوردە ناکرێت مەگەر لە هەنگاوی داهاتوودا بڕیاری لەسەر بدەیت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="530"/>
        <source>Importing updates this person:</source>
        <translation>هاوردەکردن ئەم کەسە نوێ دەکاتەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="531"/>
        <source>Importing changes nothing in this person&apos;s record.</source>
        <translation>هاوردەکردن هیچ شتێک لە تۆماری ئەم کەسەدا ناگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>Left as in the vault (the list says otherwise):</source>
        <translation>وەک لە گەنجینەکەدا دەمێنێتەوە (لیستەکە شتێکی تر دەڵێت):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Not certain: you decide in the next step.</source>
        <translation>دڵنیا نییە: تۆ لە هەنگاوی داهاتوودا بڕیار دەدەیت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="539"/>
        <source>A new person will be made of this row.</source>
        <translation>لەم ڕیزە کەسێکی نوێ دروست دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="556"/>
        <source>5. Probable matches: decide each row</source>
        <translation>5. هاوتای ئەگەری: بۆ هەر ڕیزێک بڕیار بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="558"/>
        <source>Each row below looks like a person already in the vault or an earlier row of the list. Create a new person, update the matching person, or skip the row.</source>
        <translation>هەر ڕیزێکی خوارەوە لە کەسێکی ناو گەنجینە یان ڕیزێکی پێشووی لیستەکە دەچێت. کەسێکی نوێ دروست بکە، کەسە هاوتاکە نوێ بکەرەوە، یان ڕیزەکە تێپەڕێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="626"/>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>As row %1: the same woman</source>
        <translation>وەک ڕیزی %1: هەمان ئافرەت</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="663"/>
        <source>It stands under the line on row %1, which ends the list: the name of whoever signed it, or a person the list names after its end. Create her only if she is one.</source>
        <translation>لە ژێر دێڕی ڕیزی %1 دایە، کە لیستەکە پێی کۆتایی دێت: ناوی ئەو کەسەی واژۆی کردووە، یان کەسێک کە لیستەکە دوای کۆتاییەکەی ناوی دەبات. تەنها ئەگەر کەسێکی وا بوو دروستی بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="671"/>
        <source>Row %1 of this list looks like the same woman.</source>
        <translation>وا دیارە ڕیزی %1ی ئەم لیستە هەمان ئافرەتە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="673"/>
        <source>Rows %1 of this list look like the same woman.</source>
        <translation>وا دیارە ڕیزەکانی %1ی ئەم لیستە هەمان ئافرەتن.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>Fits as well (score %1): %2</source>
        <translation>بە هەمان ئەندازە دەگونجێت (نمرە %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="696"/>
        <source>This row may be one of them, not both.</source>
        <translation>لەوانەیە ئەم ڕیزە یەکێک لەوان بێت، نەک هەردووکیان.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="702"/>
        <source>No one in the vault</source>
        <translation>کەس لە گەنجینەکەدا نییە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Row %1 of this list already updates %2.</source>
        <translation>ڕیزی %1ی ئەم لیستە پێشتر %2 نوێ دەکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="714"/>
        <source>Rows %1 of this list already update %2.</source>
        <translation>ڕیزەکانی %1ی ئەم لیستە پێشتر %2 نوێ دەکەنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="776"/>
        <source>Nothing was imported: you did not say yes to updating %1. Choose to create a new person or to skip instead, then Import.</source>
        <translation>هیچ شتێک هاوردە نەکرا: ڕازی نەبوویت بە نوێکردنەوە لە %1. لەبری ئەوە دروستکردنی کەسی نوێ یان تێپەڕاندن هەڵبژێرە، پاشان کرتە لە «هاوردەکردن» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="835"/>
        <source>Nothing was imported: the person chosen to update for %1 has been deleted since this page was filled. Choose again, then Import.</source>
        <translation>هیچ شتێک هاوردە نەکرا: ئەو کەسەی بۆ نوێکردنەوە لە %1 هەڵبژێردرابوو، دوای پڕکردنەوەی ئەم پەڕەیە سڕایەوە. دووبارە هەڵبژێرە، پاشان کرتە لە «هاوردەکردن» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="839"/>
        <source>Nothing was imported: the vault changed while this page was open, and the update chosen for %1 is now in doubt. Import asks you about it.</source>
        <translation>هیچ شتێک هاوردە نەکرا: گەنجینەکە گۆڕا لە کاتێکدا ئەم پەڕەیە کراوە بوو، و ئەو نوێکردنەوەیەی لە %1 هەڵبژێردرابوو ئێستا جێی گومانە. کاتێک کرتە لە «هاوردەکردن» دەکەیت، پرسیارت لێ دەکرێت لەبارەیەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="844"/>
        <source>Nothing was imported yet: %1 was taken for a person whose record has been deleted since this page was filled; its values were erased with that record, and it will not be imported. Check the other rows, then Import.</source>
        <translation>هێشتا هیچ شتێک هاوردە نەکراوە: %1 وەک کەسێک دانرا کە تۆمارەکەی دوای پڕکردنەوەی ئەم پەڕەیە سڕایەوە؛ بەهاکانی لەگەڵ ئەو تۆمارەدا سڕانەوە، و هاوردە ناکرێت. ڕیزەکانی تر بپشکنە، پاشان کرتە لە «هاوردەکردن» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="850"/>
        <source>Nothing was imported yet: your other decisions are kept, and a person entered since the list was staged looks like %1. Decide, then Import.</source>
        <translation>هێشتا هیچ شتێک هاوردە نەکراوە: بڕیارەکانی ترت پارێزراون، و کەسێک کە دوای ئامادەکردنی لیستەکە تۆمارکرا لە %1 دەچێت. بڕیار بدە، پاشان کرتە لە «هاوردەکردن» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="855"/>
        <source>Nothing was imported yet: your other decisions are kept, and a record edited after the decision on %1 now disagrees with the list. Decide again, then Import.</source>
        <translation>هێشتا هیچ شتێک هاوردە نەکراوە: بڕیارەکانی ترت پارێزراون، و تۆمارێک کە دوای بڕیاردان لەسەر %1 دەستکاری کرا ئێستا لەگەڵ لیستەکە ناگونجێت. دووبارە بڕیار بدە، پاشان کرتە لە «هاوردەکردن» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="915"/>
        <source>%1:&#xa0;%2</source>
        <translation>%1:&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="924"/>
        <location filename="../../ui/person_page.py" line="211"/>
        <source>(read as %1)</source>
        <translation>(وەک %1 خوێندرایەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>In the list</source>
        <translation>لە لیستەکەدا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Header on row %1; %n row(s).</source>
        <translation>
            <numerusform>سەردێڕ لە ڕیزی %1؛ %n ڕیز.</numerusform>
            <numerusform>سەردێڕ لە ڕیزی %1؛ %n ڕیز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="252"/>
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>%n ڕیزی بەتاڵ تێپەڕێندرا.</numerusform>
            <numerusform>%n ڕیزی بەتاڵ تێپەڕێندران.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Vault person</source>
        <translation>کەسی ناو گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Why</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Decision</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="576"/>
        <source>Discard this import</source>
        <translation>فڕێدانی ئەم هاوردەیە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <location filename="../../ui/import_wizard.py" line="577"/>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>The new person is given what was said of the whole list, not in this row: %1</source>
        <translation>ئەوەی بۆ هەموو لیستەکە گوترا بە کەسە نوێیەکە دەدرێت، نەک ئەوەی لەم ڕیزەدا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="613"/>
        <source>Choose...</source>
        <translation>هەڵبژێرە...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="614"/>
        <source>Create new person</source>
        <translation>دروستکردنی کەسی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="618"/>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Update %1</source>
        <translation>نوێکردنەوەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <source>Skip row</source>
        <translation>تێپەڕاندنی ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="683"/>
        <location filename="../../ui/import_wizard.py" line="690"/>
        <source>(matched %1, since merged into this record)</source>
        <translation>(لەگەڵ %1 یەکی گرتەوە، کە دواتر تێکەڵی ئەم تۆمارە کرا)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="700"/>
        <source>The person it matched has been deleted since the list was staged.</source>
        <translation>ئەو کەسەی ئەم ڕیزە لەگەڵی یەکی گرتەوە، دوای ئامادەکردنی لیستەکە سڕایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="739"/>
        <source>Decide every row first: create a new person, update the person it matches, or skip it. Rows still to decide: %1.</source>
        <translation>سەرەتا بۆ هەموو ڕیزێک بڕیار بدە: دروستکردنی کەسی نوێ، نوێکردنەوەی ئەو کەسەی لەگەڵیدا دەگونجێت، یان تێپەڕاندنی. ئەو ڕیزانەی هێشتا چاوەڕێی بڕیارن: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="864"/>
        <source>Discard import %1? Nothing of the list goes into the vault, and the decisions on this page are lost.</source>
        <translation>هاوردەی %1 فڕێ بدرێت؟ هیچ شتێک لە لیستەکە ناچێتە ناو گەنجینەکە، و بڕیارەکانی ئەم پەڕەیە لەدەست دەچن.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="867"/>
        <source>Decisions you chose on this page: %1.</source>
        <translation>ئەو بڕیارانەی لەم پەڕەیەدا هەڵتبژاردوون: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="868"/>
        <source>Discard the import</source>
        <translation>هاوردەکە فڕێ بدە</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="875"/>
        <source>Imported</source>
        <translation>هاوردە کرا</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="892"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1078"/>
        <source>Column %1</source>
        <translation>ستوونی %1</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <location filename="../../ui/imports_view.py" line="25"/>
        <source>New import...</source>
        <translation>هاوردەی نوێ...</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="28"/>
        <source>Finish the selected import</source>
        <translation>تەواوکردنی هاوردەی هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="31"/>
        <source>Show the selected import&apos;s report</source>
        <translation>پیشاندانی ڕاپۆرتی هاوردەی هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>Batch</source>
        <translation>کۆمەڵە</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>State</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Rows</source>
        <translation>ڕیزەکان</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Waiting</source>
        <translation>چاوەڕوان</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="47"/>
        <source>Imported (UTC)</source>
        <translation>کاتی هاوردەکردن (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>waiting for decisions</source>
        <translation>چاوەڕێی بڕیارە</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>imported</source>
        <translation>هاوردەکرا</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="67"/>
        <source>discarded</source>
        <translation>فڕێدرا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports_view.py" line="71"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>هاوردەکان: %n</numerusform>
            <numerusform>هاوردەکان: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="76"/>
        <source>%1, sheet %2</source>
        <translation>%1، پەڕەی %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="92"/>
        <source>Select an import in the list first.</source>
        <translation>سەرەتا هاوردەیەک لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="114"/>
        <source>Import %1 is finished already: its rows are in the vault. Nothing waits.</source>
        <translation>هاوردەی %1 پێشتر تەواو بووە: ڕیزەکانی لە گەنجینەکەدان. هیچ شتێک چاوەڕێ ناکات.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="117"/>
        <source>Import %1 was discarded: nothing of it is in the vault. Import the file again to use it.</source>
        <translation>هاوردەی %1 فڕێدرا: هیچ شتێکی لە گەنجینەکەدا نییە. بۆ بەکارهێنانی، فایلەکە دووبارە هاوردە بکە.</translation>
    </message>
</context>
<context>
    <name>ListChanges</name>
    <message>
        <location filename="../../ui/list_changes.py" line="24"/>
        <source>status changed</source>
        <translation>دۆخ گۆڕا</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="25"/>
        <source>changed</source>
        <translation>گۆڕاو</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="26"/>
        <source>added</source>
        <translation>زیادکراو</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="27"/>
        <source>removed</source>
        <translation>لابراو</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="28"/>
        <source>cell left blank</source>
        <translation>خانەی بەتاڵ</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Change</source>
        <translation>گۆڕانکاری</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row before</source>
        <translation>ڕیزی پێشوو</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>In the list</source>
        <translation>لە لیستەکەدا</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>What changed</source>
        <translation>چی گۆڕا</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="60"/>
        <source>Changes since the last import of this list:</source>
        <translation>گۆڕانکارییەکان لە دوای دوایین هاوردەکردنی ئەم لیستەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="110"/>
        <source>perhaps %1: a probable match that waits for your decision</source>
        <translation>لەوانەیە %1: هاوتاییەکی ئەگەری کە چاوەڕێی بڕیاری تۆیە</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="113"/>
        <source>skipped</source>
        <translation>تێپەڕێندرا</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="137"/>
        <source>(blank)</source>
        <translation>(بەتاڵ)</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="139"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: پێشتر %2 بوو، ئێستا %3</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="146"/>
        <source>%1: left blank (was %2)</source>
        <translation>%1: بەتاڵ ماوەتەوە (پێشتر %2 بوو)</translation>
    </message>
</context>
<context>
    <name>ListWideChoice</name>
    <message>
        <location filename="../../ui/import_list_wide.py" line="19"/>
        <source>Everyone this list adds is:</source>
        <translation>هەموو ئەوانەی ئەم لیستە زیادیان دەکات:</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="23"/>
        <location filename="../../ui/import_list_wide.py" line="28"/>
        <source>as the row says</source>
        <translation>وەک ڕیزەکە دەیڵێت</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="42"/>
        <source>Given only to the persons this import creates, where their row does not say it: a row&apos;s own sex or status always wins. A person already in the vault that the list updates is never given it: a word about a whole list is no evidence about a known record. A status given so counts as known on the day the list is read, and her history says it was said of the whole list, not in her row. Matching is not changed by it. A row whose own sex or status cell says something, read or not, is not given it. A probable match made a new person is given it, decided one by one or all at once; it is still listed as a possible duplicate. Made new all at once, one that resembles a woman the vault knows as rescued, reunited or deceased is given the sex but not the status, and the report names its row. It is said of this list only: the sender&apos;s next list is not given it unless you choose it again.</source>
        <translation>تەنها بەو کەسانە دەدرێت کە ئەم هاوردەکردنە دروستیان دەکات، کاتێک ڕیزەکەیان نایڵێت: ڕەگەز یان دۆخی خودی ڕیزەکە هەمیشە سەردەکەوێت. هەرگیز نادرێت بە کەسێکی ناو گەنجینەکە کە لیستەکە نوێی دەکاتەوە: وشەیەک دەربارەی هەموو لیستێک بەڵگە نییە لەسەر تۆمارێکی ناسراو. دۆخێک کە بەم شێوەیە درا لە ڕۆژی خوێندنەوەی لیستەکەدا بە زانراو دادەنرێت، و مێژووەکەی دەڵێت بۆ هەموو لیستەکە گوترا، نەک لە ڕیزەکەیدا. بەراوردکردن پێی ناگۆڕێت. نادرێت بە ڕیزێک کە خانەی ڕەگەز یان دۆخی خۆی شتێک دەڵێت، خوێندرابێتەوە یان نا. هاوتایەکی ئەگەری کە کرا بە کەسی نوێ پێی دەدرێت، چ یەک بە یەک بڕیاری لەسەر درابێت چ بە یەکجار؛ هێشتا وەک دووبارەیەکی ئەگەری ناوی دەهێنرێت. ئەگەر بە یەکجار کرا بە نوێ و لە ئافرەتێک بچێت کە گەنجینەکە بە ڕزگارکراو، گەڕاوە بۆ خێزان یان کۆچکردوو دەیناسێت، ڕەگەزی پێ دەدرێت بەڵام دۆخ نا، و ڕاپۆرتەکە ڕیزەکەی ناو دەبات. تەنها بۆ ئەم لیستە دەگوترێت: لیستی داهاتووی هەمان نێرەر پێی نادرێت مەگەر دووبارە هەڵیبژێریتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="68"/>
        <source>The last list from this sender was said to add everyone as: %1. Not chosen for this list: what is said of one list is not said of the next; choose it again if it holds for this list too.</source>
        <translation>بۆ دوایین لیستی ئەم نێرەرە گوترا کە هەموو ئەوانەی زیادیان دەکات: %1. بۆ ئەم لیستە هەڵنەبژێردرا: ئەوەی بۆ لیستێک دەگوترێت بۆ لیستی دواتر ناگوترێت؛ ئەگەر بۆ ئەم لیستەش ڕاستە دووبارە هەڵیبژێرەوە.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Duplicates</source>
        <translation>دووبارەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Reports</source>
        <translation>ڕاپۆرتەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Rescues</source>
        <translation>ڕزگارکردنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Imports</source>
        <translation>هاوردەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Audit</source>
        <translation>تۆماری پشکنین</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Vault</source>
        <translation>&amp;گەنجینە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Back up...</source>
        <translation>یەدەگ گرتن...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Change passphrase...</source>
        <translation>گۆڕینی وشەی نهێنی...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>New recovery code...</source>
        <translation>کۆدی گەڕاندنەوەی نوێ...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Settings...</source>
        <translation>ڕێکخستنەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Lock</source>
        <translation>قوفڵکردن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Quit</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>داتای تاقیکردنەوەی دەستکرد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>A new recovery code was made on %1 and never shown (the program stopped first): the code written down may no longer open the vault. Make a new one: Vault &gt; New recovery code...</source>
        <translation>کۆدێکی گەڕاندنەوەی نوێ لە %1 دروست کرا و هەرگیز پیشان نەدرا (پرۆگرامەکە پێشتر وەستا): لەوانەیە ئەو کۆدەی نووسراوە ئیتر گەنجینەکە نەکاتەوە. کۆدێکی نوێ دروست بکە: گەنجینە &gt; کۆدی گەڕاندنەوەی نوێ...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Deleted at this unlock, beside the vault: %1, the copy of a backup that a restore left when it was cut off. The vault was not replaced by it: to restore that backup, lock the vault (Vault &gt; Lock) and choose &quot;Restore from a backup...&quot; again. The Audit screen lists it too.</source>
        <translation>لەم کردنەوەیەدا، لە تەنیشت گەنجینەکە سڕایەوە: %1، ئەو کۆپییەی یەدەگێک کە گەڕاندنەوەیەکی پچڕاو بەجێی هێشتبوو. گەنجینەکە پێی نەگۆڕدرا: بۆ گەڕاندنەوەی ئەو یەدەگە، گەنجینەکە دابخە (گەنجینە &gt; قوفڵکردن) و دووبارە «گەڕاندنەوە لە یەدەگێکەوە...» هەڵبژێرە. پەڕەی تۆماری پشکنینیش ناوی دەبات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Could not delete %1 (%2): the copy of a backup that a restore left beside the vault when it was cut off. It opens with the passphrase the vault had then; delete it yourself.</source>
        <translation>نەتوانرا %1 بسڕدرێتەوە (%2): ئەو کۆپییەی یەدەگێک کە گەڕاندنەوەیەکی پچڕاو لە تەنیشت گەنجینەکە بەجێی هێشتبوو. بەو وشەی نهێنییە دەکرێتەوە کە گەنجینەکە ئەو کاتە هەیبوو؛ خۆت بیسڕەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>%1 was a backup: it is now a working vault (it was unlocked), and the backup it was is gone. Keep another copy: Vault &gt; Back up...</source>
        <translation>%1 یەدەگ بوو: ئێستا گەنجینەیەکی کارپێکراوە (کرایەوە)، و ئەو یەدەگەی کە بوو نەما. کۆپییەکی تر هەڵبگرە: گەنجینە &gt; یەدەگ گرتن...</translation>
    </message>
</context>
<context>
    <name>MergedRecord</name>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Merged record</source>
        <translation>تۆماری تێکەڵکراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>%1 (from %2)</source>
        <translation>%1 (لە تۆماری %2)</translation>
    </message>
</context>
<context>
    <name>NameBoxes</name>
    <message>
        <location filename="../../ui/name_boxes.py" line="22"/>
        <source>%1, Arabic script box: %2 is in Latin letters; type it in the Latin letters box</source>
        <translation>%1، خانەی پیتی عەرەبی: %2 بە پیتی لاتینی نووسراوە؛ لە خانەی پیتی لاتینیدا بینووسە</translation>
    </message>
    <message>
        <location filename="../../ui/name_boxes.py" line="26"/>
        <source>%1, Latin letters box: %2 is in Arabic script; type it in the Arabic script box</source>
        <translation>%1، خانەی پیتی لاتینی: %2 بە پیتی عەرەبی نووسراوە؛ لە خانەی پیتی عەرەبیدا بینووسە</translation>
    </message>
</context>
<context>
    <name>NamePart</name>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Given name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Father</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Grandfather</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Family / clan</source>
        <translation>بنەماڵە / هۆز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272"/>
        <source>Mother</source>
        <translation>ناوی دایک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Nickname</source>
        <translation>نازناوی ناسراو</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>(given name unknown) %1</source>
        <translation>(ناوی یەکەم نەزانراوە) %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>(no name)</source>
        <translation>(بێ ناو)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>known as %1</source>
        <comment>of a man</comment>
        <translation>ناسراو بە %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230"/>
        <source>known as %1</source>
        <translation>ناسراو بە %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>known as %1</source>
        <comment>of a person of unrecorded sex</comment>
        <translation>ناسراو بە %1</translation>
    </message>
</context>
<context>
    <name>NamesErased</name>
    <message>
        <location filename="../../ui/name_erased_question.py" line="24"/>
        <source>Saving erases these names from %1:</source>
        <translation>پاشەکەوتکردن ئەم ناوانە لە %1 دەسڕێتەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="28"/>
        <source>Search and the papers no longer find the record by a name erased. Cancel puts the names back in their boxes; nothing is saved.</source>
        <translation>گەڕان و بەڵگەنامەکان چیتر تۆمارەکە بە ناوێکی سڕاوە نادۆزنەوە. «هەڵوەشاندنەوە» ناوەکان دەگەڕێنێتەوە بۆ خانەکانیان؛ هیچ پاشەکەوت ناکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="31"/>
        <source>Erase and save</source>
        <translation>بیانسڕەوە و پاشەکەوتی بکە</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="103"/>
        <source>New passphrase</source>
        <translation>وشەی نهێنی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="107"/>
        <source>Repeat it</source>
        <translation>دووبارەی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Too short: at least 8 characters</source>
        <translation>زۆر کورتە: لانیکەم 8 پیت</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Weak: add more words</source>
        <translation>لاواز: وشەی زیاتر زیاد بکە</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Fair: a longer passphrase is better</source>
        <translation>مامناوەند: درێژتر باشترە</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Good</source>
        <translation>باش</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="116"/>
        <source>Strong</source>
        <translation>بەهێز</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="124"/>
        <source>Several unrelated words make a strong passphrase.</source>
        <translation>چەند وشەیەکی نەبەستراو بە یەکەوە وشەیەکی نهێنی بەهێز دروست دەکەن.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="126"/>
        <source>This passphrase has Arabic-Indic or Persian digits (%1): type them the same way every time. The same number in Latin digits (%2) is another passphrase and will not open the vault.</source>
        <translation>ئەم وشەی نهێنییە ژمارەی عەرەبی-ڕۆژهەڵاتی یان فارسی تێدایە (%1): هەموو جارێک بە هەمان شێوە بیاننووسە. هەمان ژمارە بە ژمارەی لاتینی (%2) وشەی نهێنییەکی ترە و گەنجینەکە ناکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="131"/>
        <source>The two passphrases differ.</source>
        <translation>دوو وشە نهێنییەکە جیاوازن.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/new_person.py" line="118"/>
        <source>New person</source>
        <translation>کەسی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="123"/>
        <source>Names</source>
        <translation>ناوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="125"/>
        <source>Arabic script</source>
        <translation>بە نووسینی عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="126"/>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Latin letters</source>
        <translation>بە پیتی لاتینی</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="146"/>
        <location filename="../../ui/new_person.py" line="171"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="157"/>
        <location filename="../../ui/new_person.py" line="174"/>
        <source>Abducted on</source>
        <translation>ڕێکەوتی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="160"/>
        <source>Not given</source>
        <translation>نەگوتراوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="163"/>
        <location filename="../../ui/new_person.py" line="176"/>
        <source>Status date</source>
        <translation>ڕێکەوتی دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="164"/>
        <source>e.g. 08/2014; blank: as of today</source>
        <translation>بۆ نموونە 08/2014؛ بەتاڵ: تا ئەمڕۆ</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="170"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="172"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="175"/>
        <source>Current status</source>
        <translation>دۆخی ئێستا</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="177"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="190"/>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="194"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="263"/>
        <source>Will be saved as %1, the spelling kept for this village</source>
        <translation>وەک %1 پاشەکەوت دەکرێت، ئەو ڕێنووسەی بۆ ئەم گوندە هەڵگیراوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Case</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Why</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="290"/>
        <source>Open the existing person</source>
        <translation>کەسە هەبووەکە بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="293"/>
        <source>Save as a new person anyway</source>
        <translation>هەر وەک کەسێکی نوێ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="322"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>%1 پیتی عەرەبی و پیتی لاتینی تێدایە: هەر ڕێنووسێک لە خانەی خۆیدا بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="332"/>
        <source>Type at least one name, in Arabic script or in Latin letters.</source>
        <translation>لانیکەم ناوێک بنووسە، بە نووسینی عەرەبی یان بە پیتی لاتینی.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="361"/>
        <source>Looking for this person in the vault...</source>
        <translation>گەڕان بەدوای ئەم کەسەدا لە گەنجینەدا...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="377"/>
        <source>The vault may already hold this person: nothing is saved yet. Open the existing person, or save a new person anyway if none of these is the same.</source>
        <translation>لەوانەیە ئەم کەسە پێشتر لە گەنجینەدا هەبێت: هێشتا هیچ پاشەکەوت نەکراوە. کەسە هەبووەکە بکەرەوە، یان ئەگەر هیچ کامێک لەمانە هەمان کەس نییە، هەر وەک کەسێکی نوێ پاشەکەوتی بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="411"/>
        <source>Comparing what you typed with the record...</source>
        <translation>بەراوردکردنی ئەوەی نووسیوتە لەگەڵ تۆمارەکەدا...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="428"/>
        <source>Add them and open the record</source>
        <translation>زیادیان بکە و تۆمارەکە بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="430"/>
        <source>Open without adding</source>
        <translation>بەبێ زیادکردن بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="432"/>
        <source>Open the record</source>
        <translation>تۆمارەکە بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="436"/>
        <source>Adding to the record...</source>
        <translation>زیادکردن بۆ تۆمارەکە...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="459"/>
        <source>Saving...</source>
        <translation>پاشەکەوتکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="491"/>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="492"/>
        <source>The form closes and nothing typed in it is kept.</source>
        <translation>فۆرمەکە دادەخرێت و هیچ شتێک لەوەی تێیدا نووسراوە نامێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="493"/>
        <source>Discard</source>
        <translation>فڕێی بدە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="554"/>
        <source>No date: known by %1, the day it is saved</source>
        <translation>بێ ڕێکەوت: وەک زانراو تا %1 تۆمار دەکرێت، ڕۆژی پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>NewPersonKeeper</name>
    <message>
        <location filename="../../ui/new_person_kept.py" line="51"/>
        <source>A New person form was open when the vault locked, with what you had typed in it.</source>
        <translation>فۆرمی «کەسی نوێ» کراوە بوو کاتێک گەنجینەکە قوفڵ کرا، لەگەڵ ئەوەی تێیدا نووسیبووت.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="53"/>
        <source>Open it again to finish it, or discard it. Cancel keeps it for later: New person opens it.</source>
        <translation>دووبارە بیکەرەوە بۆ تەواوکردنی، یان فڕێی بدە. «هەڵوەشاندنەوە» بۆ دواتر دەیهێڵێتەوە: «کەسی نوێ» دەیکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="56"/>
        <source>Open it again</source>
        <translation>دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="57"/>
        <source>Discard it</source>
        <translation>فڕێی بدە</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="111"/>
        <source>Discard what you typed in the New person form?</source>
        <translation>ئەوەی لە فۆرمی «کەسی نوێ»دا نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="112"/>
        <source>CaseKeeper closes and nothing typed in the form is kept.</source>
        <translation>بەرنامەکە دادەخرێت و هیچ شتێک لەوەی لە فۆرمەکەدا نووسراوە نامێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="114"/>
        <source>Discard and close</source>
        <translation>فڕێی بدە و دایبخە</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="26"/>
        <source>Make a new recovery code: the code written down before no longer opens the vault; the passphrase stays as it is. Type the current passphrase.</source>
        <translation>کۆدێکی گەڕاندنەوەی نوێ دروست بکە: ئەو کۆدەی پێشتر نووسراوە چیتر گەنجینەکە ناکاتەوە؛ وشەی نهێنی وەک خۆی دەمێنێتەوە. وشەی نهێنی ئێستا بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="40"/>
        <source>Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before still open with the old code: make a new backup and destroy the old ones.</source>
        <translation>ئێستا کۆدی گەڕاندنەوەی نوێ بنووسەوە و جیا لە لاپتۆپەکە هەڵیبگرە؛ تەنها یەک جار پیشان دەدرێت، و کۆدە کۆنەکە چیتر گەنجینەکە ناکاتەوە. ئەو کۆپییە یەدەگانەی پێشتر دروست کراون هێشتا بە کۆدە کۆنەکە دەکرێنەوە: کۆپییەکی یەدەگی نوێ دروست بکە و کۆنەکان لەناو ببە.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>وشەی نهێنی ئێستا</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>new person</source>
        <translation>کەسی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>already known</source>
        <translation>پێشتر ناسراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
        <source>probable match</source>
        <translation>هاوتایی ئەگەری</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333"/>
        <source>rejected</source>
        <translation>ڕەتکراوە</translation>
    </message>
</context>
<context>
    <name>OutcomeBoxes</name>
    <message>
        <location filename="../../ui/report_outcome.py" line="19"/>
        <source>Proved false</source>
        <translation>درۆ دەرچوو</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="22"/>
        <source>What the report told proved false. A status resting on it is withdrawn first. The team&apos;s papers print it marked; a court&apos;s leaves it out and counts it.</source>
        <translation>ئەوەی ڕاپۆرتەکە گوتی درۆ دەرچوو. سەرەتا هەر دۆخێک کە پشتی پێ بەستووە بکشێنەوە. کاغەزەکانی تیم بە نیشانەوە چاپی دەکەن؛ هی دادگا لای دەبات و ژمارەکەی دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="26"/>
        <source>Why it proved false</source>
        <translation>بۆچی درۆ دەرچوو</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="29"/>
        <source>When (today if empty)</source>
        <translation>کەی (ئەمڕۆ ئەگەر بەتاڵ بێت)</translation>
    </message>
</context>
<context>
    <name>PdfPassword</name>
    <message>
        <location filename="../../ui/print_password.py" line="27"/>
        <source>Protect the PDF with a password</source>
        <translation>PDFەکە بە وشەی تێپەڕ بپارێزە</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="33"/>
        <source>Ticked for this paper: it carries informants&apos; reports, phone numbers and payments.</source>
        <translation>بۆ ئەم کاغەزە نیشانکراوە: ڕاپۆرتی سەرچاوەکان و ژمارەی تەلەفۆن و پارەدانەکانی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="37"/>
        <source>At least %1 characters. Blanks at either end are no part of it, as in the command line&apos;s password file.</source>
        <translation>لانیکەم %1 پیت. بۆشاییەکانی سەرەتا و کۆتایی بەشێک نین لێی، وەک لە فایلی وشەی نهێنیی هێڵی فەرمان.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="44"/>
        <source>CaseKeeper does not keep it: whoever is to open the PDF must be told it apart from the file.</source>
        <translation>CaseKeeper وشەی تێپەڕەکە هەڵناگرێت: جیا لە فایلەکە بە کەسێکی بڵێ کە PDFەکە دەکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="51"/>
        <source>PDF password (not your vault passphrase)</source>
        <translation>وشەی نهێنیی PDF (نەک وشەی نهێنیی گەنجینەکەت)</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="53"/>
        <source>Repeat it</source>
        <translation>دووبارەی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="80"/>
        <source>The two passwords differ: nothing was saved. Type the same password in both boxes.</source>
        <translation>دوو وشەی تێپەڕەکە جیاوازن: هیچ پاشەکەوت نەکرا. هەمان وشەی تێپەڕ لە هەردوو خانەکەدا بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="87"/>
        <source>Type a password in both boxes, or untick Protect the PDF with a password: nothing was saved.</source>
        <translation>وشەی تێپەڕ لە هەردوو خانەکەدا بنووسە، یان نیشانەی «PDFەکە بە وشەی تێپەڕ بپارێزە» لابە: هیچ پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="92"/>
        <source>The password must be at least %1 characters long, or whoever gets the file guesses it in moments: nothing was saved. A few words are easy to type.</source>
        <translation>وشەی تێپەڕ دەبێت لانیکەم %1 پیت بێت، دەنا هەر کەسێک فایلەکەی دەست بکەوێت لە چەند چرکەیەکدا دەیدۆزێتەوە: هیچ پاشەکەوت نەکرا. چەند وشەیەک ئاسانن بۆ نووسین.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="100"/>
        <source>PDF readers refuse a password that mixes Arabic-script and Latin letters, or that does not begin and end with an Arabic-script letter: nothing was saved. Choose another password.</source>
        <translation>خوێنەرەکانی PDF ئەو وشەی تێپەڕە ڕەت دەکەنەوە کە پیتی ئەلفوبێی عەرەبی و پیتی لاتینی تێکەڵ دەکات، یان بە پیتێکی ئەلفوبێی عەرەبی دەست پێ ناکات و کۆتایی نایەت: هیچ پاشەکەوت نەکرا. وشەی تێپەڕێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="103"/>
        <source>PDF readers refuse a password that holds a control character or a private-use character: nothing was saved. Choose another password.</source>
        <translation>خوێنەرەکانی PDF ئەو وشەی تێپەڕە ڕەت دەکەنەوە کە نیشانەیەکی کۆنتڕۆڵ یان نیشانەیەکی بەکارهێنانی تایبەتی تێدایە: هیچ پاشەکەوت نەکرا. وشەی تێپەڕێکی تر هەڵبژێرە.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.py" line="57"/>
        <source>Names</source>
        <translation>ناوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="64"/>
        <source>Original script</source>
        <translation>بە نووسینی ڕەسەن</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="65"/>
        <source>Latin letters</source>
        <translation>بە پیتی لاتینی</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="81"/>
        <source>Other spellings (separated by |)</source>
        <translation>ڕێنووسی تر (بە | جیاکراونەتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="96"/>
        <source>Who may receive her record. Each level includes those before it: a court&apos;s document lists persons whose level is Court, Family or Public appeal; a family&apos;s, Family or Public appeal; a public appeal, Public appeal only. Internal only: the team&apos;s own documents.</source>
        <translation>کێ دەتوانێت تۆمارەکەی وەربگرێت. هەر ئاستێک ئەوانەی پێش خۆی دەگرێتەوە: بەڵگەنامەی دادگا ئەو کەسانە لیست دەکات کە ئاستیان دادگا، خێزان یان بانگەوازی گشتییە؛ هی خێزان: خێزان یان بانگەوازی گشتی؛ بانگەوازی گشتی: تەنها بانگەوازی گشتی. تەنها ناوخۆیی: بەڵگەنامەکانی تیمەکە خۆی.</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="22"/>
        <location filename="../../ui/person_form.py" line="121"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="122"/>
        <source>Born (e.g. 1998, about 2001, 12/03/2004)</source>
        <translation>لەدایکبوون (بۆ نموونە 1998، نزیکەی 2001، 12/03/2004)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="11"/>
        <location filename="../../ui/person_form.py" line="124"/>
        <source>Village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="12"/>
        <location filename="../../ui/person_form.py" line="125"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="13"/>
        <location filename="../../ui/person_form.py" line="126"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="20"/>
        <location filename="../../ui/person_form.py" line="127"/>
        <location filename="../../ui/person_form.py" line="277"/>
        <source>Abducted on</source>
        <translation>ڕێکەوتی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="14"/>
        <location filename="../../ui/person_form.py" line="128"/>
        <source>Abducted at</source>
        <translation>شوێنی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="15"/>
        <location filename="../../ui/person_form.py" line="129"/>
        <source>Last known location</source>
        <translation>دوایین شوێنی زانراو</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="16"/>
        <location filename="../../ui/person_form.py" line="130"/>
        <source>Held by</source>
        <translation>لەلایەن کێوە ڕاگیراوە</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="21"/>
        <location filename="../../ui/person_form.py" line="131"/>
        <source>Sharing</source>
        <translation>هاوبەشکردن</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="17"/>
        <location filename="../../ui/person_form.py" line="136"/>
        <source>Circumstances</source>
        <translation>بارودۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="18"/>
        <location filename="../../ui/person_form.py" line="137"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="178"/>
        <source>not read as a date</source>
        <translation>وەک بەروار نەخوێندراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="180"/>
        <source>read as %1</source>
        <translation>وەک %1 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="260"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>%1 پیتی عەرەبی و پیتی لاتینی تێدایە: هەر ڕێنووسێک لە خانەی خۆیدا بنووسە</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="19"/>
        <location filename="../../ui/person_form.py" line="275"/>
        <source>Born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="307"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: %2 وەک ڕێکەوت ناخوێندرێتەوە (بۆ نموونە 1998، نزیکەی 1998، 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="313"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 لە داهاتوودایە</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/person_page.py" line="92"/>
        <source>Split out</source>
        <translation>جیاکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="99"/>
        <source>Back to list</source>
        <translation>گەڕانەوە بۆ لیست</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="100"/>
        <source>Copy case number</source>
        <translation>لەبەرگرتنەوەی ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="101"/>
        <source>Print dossier...</source>
        <translation>چاپکردنی دۆسیە...</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="31"/>
        <location filename="../../ui/person_page.py" line="107"/>
        <source>Edit</source>
        <translation>دەستکاری</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="108"/>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="109"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="110"/>
        <source>Undo last change</source>
        <translation>گەڕاندنەوەی دوایین گۆڕانکاری</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="113"/>
        <source>Restore draft</source>
        <translation>گەڕاندنەوەی ڕەشنووس</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="114"/>
        <source>Discard draft</source>
        <translation>فڕێدانی ڕەشنووس</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>List</source>
        <translation>لیست</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="105"/>
        <source>Same person as...</source>
        <translation>هەمان کەسە وەک...</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="112"/>
        <source>Reload</source>
        <translation>دووبارە بارکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>Batch</source>
        <translation>کۆمەڵە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <source>Sheet</source>
        <translation>پەڕە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>Recorded</source>
        <translation>کاتی تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>What the list said</source>
        <translation>ئەوەی لیستەکە نووسیویەتی</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>When (UTC)</source>
        <translation>کات (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>Action</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Detail</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The list said</source>
        <translation>لیستەکە گوتی</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The vault keeps</source>
        <translation>گەنجینە دەیهێڵێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="158"/>
        <source>Status timeline</source>
        <translation>هێڵی کاتی دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="159"/>
        <source>Relatives</source>
        <translation>خزمەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="160"/>
        <source>Family contacts</source>
        <translation>پەیوەندییەکانی خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="161"/>
        <source>Photos</source>
        <translation>وێنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="162"/>
        <source>Reports</source>
        <translation>ڕاپۆرتەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="163"/>
        <source>Rescues</source>
        <translation>ڕزگارکردنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="164"/>
        <source>Provenance</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="165"/>
        <location filename="../../ui/person_page.py" line="301"/>
        <source>Not taken from lists</source>
        <translation>ئەوەی لە لیستەکان وەرنەگیرا</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="166"/>
        <source>History</source>
        <translation>مێژوو</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="225"/>
        <source>Records merged into this one:</source>
        <translation>ئەو تۆمارانەی تێکەڵی ئەمە کراون:</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="236"/>
        <source>This record is merged into %1, which holds all that is known of this person; it is kept for its history.</source>
        <translation>ئەم تۆمارە تێکەڵی %1 کراوە، کە هەموو ئەوەی دەربارەی ئەم کەسە دەزانرێت لەخۆ دەگرێت؛ بۆ مێژووەکەی هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="255"/>
        <source>%1 (record %2, merged into this one)</source>
        <translation>%1 (تۆماری %2، تێکەڵی ئەمە کراوە)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="269"/>
        <source>%1, read as %2</source>
        <translation>%1، وەک %2 خوێندرایەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="290"/>
        <source>(settled: the vault holds the list&apos;s value now)</source>
        <translation>(یەکلاکرایەوە: گەنجینە ئێستا بەهای لیستەکە هەڵدەگرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="292"/>
        <source>(settled: batch %1 (%2), a later version of the list, no longer says it)</source>
        <translation>(یەکلاکرایەوە: دەستەی %1 (%2)، وەشانێکی نوێتری لیستەکە، ئیتر ئەوە نالێت)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="355"/>
        <source>Saved at %1.</source>
        <translation>لە کاتژمێر %1 پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="363"/>
        <source>%1 was saved elsewhere since you began editing, so nothing was saved. Reload takes her record as it is saved now and keeps what you typed on top of it; where a field you changed was changed there too, you choose which to keep. Then save again.</source>
        <translation>%1 لە شوێنێکی ترەوە پاشەکەوت کرا لەوەتەی دەستت بە دەستکاری کرد، بۆیە هیچ پاشەکەوت نەکرا. «دووبارە بارکردنەوە» تۆمارەکەی وەک ئێستا پاشەکەوت کراوە وەردەگرێت و ئەوەی تۆ نووسیوتە لەسەری دەهێڵێتەوە؛ لە کوێ خانەیەک کە تۆ گۆڕیوتە لەوێش گۆڕدرابێت، تۆ هەڵدەبژێریت کامیان بمێنێتەوە. پاشان دووبارە پاشەکەوتی بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="412"/>
        <source>Last change undone at %1.</source>
        <translation>دوایین گۆڕانکاری لە کاتژمێر %1 هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="462"/>
        <source>Her record as it is saved now, with what you typed on top of it. Nothing is saved until you click Save.</source>
        <translation>تۆمارەکەی وەک ئێستا پاشەکەوت کراوە، لەگەڵ ئەوەی تۆ نووسیوتە لەسەری. هیچ پاشەکەوت ناکرێت تا کرتە لە «پاشەکەوتکردن» نەکەیت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="495"/>
        <source>Dated %1, when report %2 was observed. Withdraw it and add it again with its date if it happened on another day.</source>
        <translation>بەرواری %1 درا، کاتی بینینی ڕاپۆرتی %2. ئەگەر لە ڕۆژێکی تردا ڕوویدا، بیکێشەرەوە و دووبارە بە بەروارەکەیەوە زیادی بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="508"/>
        <source>Her death is recorded on %1. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>مردنی لە %1 تۆمار کراوە. ئەگەر هەواڵی مردنەکە هەڵە بوو، بیکێشەوە؛ ئەگەر ئەمە هەڵەیە، ئەمە بکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="511"/>
        <source>Her death is recorded on %1, before this. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>مردنی لە %1 تۆمار کراوە، پێش ئەمە. ئەگەر هەواڵی مردنەکە هەڵە بوو، بیکێشەوە؛ ئەگەر ئەمە هەڵەیە، ئەمە بکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="524"/>
        <source>She was already recorded deceased since %1: this death of %2 is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>پێشتر لە %1ەوە وەک مردوو تۆمار کرابوو: ئەم مردنەی %2 لە مێژووەکەیدا لە تەنیشتیەوە دەپارێزرێت، وەک تۆمارێکی دووەمی مردنی، و بەڵگەنامەکانی هەردووکیان دەنووسن. ئەگەر یەکێکیان هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="529"/>
        <source>She was already recorded deceased since %1: this death, told without a date, is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>پێشتر لە %1ەوە وەک مردوو تۆمار کرابوو: ئەم مردنە، کە بێ ڕێکەوت گوترا، لە مێژووەکەیدا لە تەنیشتیەوە دەپارێزرێت، وەک تۆمارێکی دووەمی مردنی، و بەڵگەنامەکانی هەردووکیان دەنووسن. ئەگەر یەکێکیان هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="545"/>
        <source>She was reunited with her family on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>لە %1 گەڕایەوە بۆ خێزانەکەی؛ ئەمە دووبارە بە دیلکراو دایدەنێت. ئەگەر ئەمە هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="548"/>
        <source>She was rescued on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>لە %1 ڕزگار کرا؛ ئەمە دووبارە بە دیلکراو دایدەنێت. ئەگەر ئەمە هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="552"/>
        <source>She was reunited with her family on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>لە %1 گەڕایەوە بۆ خێزانەکەی؛ ئەمە دووبارە بە دیلکراو دایدەنێت. ئەگەر ڕاپۆرتەکە هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="555"/>
        <source>She was rescued on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>لە %1 ڕزگار کرا؛ ئەمە دووبارە بە دیلکراو دایدەنێت. ئەگەر ڕاپۆرتەکە هەڵەیە، بیکێشەوە (دیاری بکە، پاشان «کێشانەوەی بارە دیاریکراوەکە»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="569"/>
        <source>%1 was recorded in her history; she is still %2: told with no date after %2, it is a step back along her case. Add it again with the date it happened to make it her status.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە: بێ بەروار دوای «%2» وترا، بۆیە هەنگاوێکە بۆ دواوە لە دۆسیەکەیدا. دووبارە لەگەڵ بەرواری ڕوودانەکەی زیادی بکە تا ببێتە دۆخی ئەو.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="572"/>
        <source>%1 was recorded in his history; he is still %2: told with no date after %2, it is a step back along his case. Add it again with the date it happened to make it his status.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە: بێ بەروار دوای «%2» وترا، بۆیە هەنگاوێکە بۆ دواوە لە دۆسیەکەیدا. دووبارە لەگەڵ بەرواری ڕوودانەکەی زیادی بکە تا ببێتە دۆخی ئەو.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="575"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2: told with no date after %2, it is a step back along their case. Add it again with the date it happened to make it their status.</source>
        <translation>دۆخی «%1» لە مێژووی ئەم کەسەدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە: بێ بەروار دوای «%2» وترا، بۆیە هەنگاوێکە بۆ دواوە لە دۆسیەکەیدا. دووبارە لەگەڵ بەرواری ڕوودانەکەی زیادی بکە تا ببێتە دۆخی ئەو.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="585"/>
        <source>%1 was recorded in her history; she is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە (%3): ڕۆژەکانی، تا ئەو جێیەی دەگەن، لەوانەیە پێش یان دوای ئەوە بن، و بە ناوەڕاستیان دەژمێردرێن، واتە پێشی. ئەگەر دوای ئەوە بووە، دووبارە زیادی بکەوە بە ئەو ڕۆژەی ڕووی دا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="589"/>
        <source>%1 was recorded in his history; he is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە (%3): ڕۆژەکانی، تا ئەو جێیەی دەگەن، لەوانەیە پێش یان دوای ئەوە بن، و بە ناوەڕاستیان دەژمێردرێن، واتە پێشی. ئەگەر دوای ئەوە بووە، دووبارە زیادی بکەوە بە ئەو ڕۆژەی ڕووی دا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="593"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>دۆخی «%1» لە مێژووی ئەم کەسەدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە (%3): ڕۆژەکانی، تا ئەو جێیەی دەگەن، لەوانەیە پێش یان دوای ئەوە بن، و بە ناوەڕاستیان دەژمێردرێن، واتە پێشی. ئەگەر دوای ئەوە بووە، دووبارە زیادی بکەوە بە ئەو ڕۆژەی ڕووی دا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="597"/>
        <source>%1 was recorded in her history; she is still %2, a status later or further along her case.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە، دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="599"/>
        <source>%1 was recorded in his history; he is still %2, a status later or further along his case.</source>
        <translation>دۆخی «%1» لە مێژووەکەیدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە، دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="601"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2, a status later or further along their case.</source>
        <translation>دۆخی «%1» لە مێژووی ئەم کەسەدا تۆمار کرا؛ هێشتا دۆخەکەی «%2»ە، دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="619"/>
        <source>Births are often guessed, and a parent taken young may have had a child in captivity. Link them all the same? The History tab will say that they were linked despite their births.</source>
        <translation>زۆرجار لەدایکبوون بە خەمڵاندن نووسراوە، و لەوانەیە دایک یان باوکێک کە بە منداڵی ڕفێندرابێت لە دیلیدا منداڵی بووبێت. هەر بیانبەستیتەوە؟ بەشی «مێژوو» دەڵێت کە سەرەڕای لەدایکبوونەکانیان بەستراونەتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="622"/>
        <source>Link all the same</source>
        <translation>هەر بیانبەستەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="630"/>
        <source>Linked: %1 %2, %3.</source>
        <translation>بەسترایەوە: %1 %2، %3.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="665"/>
        <source>%1 is now %2 (was %3): what report %4 tells reaches no later than the day it came in.</source>
        <translation>دۆخی %1 ئێستا: %2 (پێشتر: %3): ئەوەی ڕاپۆرتی %4 دەیگێڕێتەوە لە ڕۆژی گەیشتنی تێناپەڕێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="675"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>دۆخی %1 ئێستا: %2 (پێشتر: %3): دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="680"/>
        <source>%1: her death is recorded on %2, before a status she was alive in: if the death was reported in error, withdraw it; if the observed date of report %3 is wrong, correct it.</source>
        <translation>%1: مردنی لە %2 تۆمار کراوە، پێش دۆخێک کە تێیدا زیندوو بوو: ئەگەر هەواڵی مردنەکە هەڵە بوو، بیکێشەوە؛ ئەگەر بەرواری بینینی ڕاپۆرتی %3 هەڵەیە، ڕاستی بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="691"/>
        <source>%1: her status %2 now dated %3, as report %4.</source>
        <translation>%1: دۆخی ئەو %2 ئێستا بەرواری %3ی هەیە، وەک ڕاپۆرتی %4.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="693"/>
        <source>%1: her status %2 keeps %3: report %4 gives no observed date now.</source>
        <translation>%1: دۆخی ئەو %2 بەرواری %3 دەهێڵێتەوە: ڕاپۆرتی %4 ئێستا هیچ بەروارێکی بینین نادات.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="694"/>
        <source>%1: her status %2 keeps %3: it was told with a date of its own, or before CaseKeeper noted which statuses took the report&apos;s date; to date it anew, withdraw it and tell it again on report %4 without a date.</source>
        <translation>%1: دۆخی ئەو %2 بەرواری %3 دەهێڵێتەوە: بە بەروارێکی تایبەت بە خۆی گوترا، یان پێش ئەوەی CaseKeeper تۆمار بکات کام دۆخ بەرواری ڕاپۆرتەکەی وەرگرتووە؛ بۆ بەرواردانی نوێ، بیکێشەوە و دووبارە لەسەر ڕاپۆرتی %4 بێ بەروار بیڵێ.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="707"/>
        <source>Rescue %1 recorded: her status is now %2.</source>
        <translation>ڕزگارکردنی %1 تۆمار کرا: دۆخی ئێستای: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="709"/>
        <source>Rescue %1 recorded: her status stays %2, which is later or further along her case.</source>
        <translation>ڕزگارکردنی %1 تۆمار کرا: دۆخەکەی %2 دەمێنێتەوە، کە دواترە یان لە دۆسیەکەیدا پێشترە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="712"/>
        <source>Rescue %1 recorded; it gives no status: hers stays %2.</source>
        <translation>ڕزگارکردنی %1 تۆمار کرا؛ هیچ دۆخێک نادات: دۆخەکەی %2 دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="757"/>
        <source>%1 cannot be taken off report %2: %3</source>
        <translation>ناتوانرێت %1 لە ڕاپۆرتی %2 لاببرێت: %3</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="761"/>
        <source>Take %1 off report %2? It was filed under her by mistake.</source>
        <translation>%1 لە ڕاپۆرتی %2 لاببرێت؟ بە هەڵە لەژێر ناوی ئەو تۆمارکراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="763"/>
        <source>The report stays, about %1; it leaves her page and her papers. The audit trail keeps the change.</source>
        <translation>ڕاپۆرتەکە دەمێنێتەوە، دەربارەی %1؛ لە لاپەڕە و بەڵگەنامەکانی ئەو دەردەچێت. تۆماری پشکنین ئەم گۆڕانکارییە دەپارێزێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="766"/>
        <source>Take her off</source>
        <translation>لای ببە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="776"/>
        <source>%1 taken off report %2: it is no longer about her.</source>
        <translation>%1 لە ڕاپۆرتی %2 لابرا: چیتر دەربارەی ئەو نییە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="797"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>وێنەکان (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="806"/>
        <source>Cannot read the file: %1</source>
        <translation>ناتوانرێت پەڕگەکە بخوێندرێتەوە: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="821"/>
        <source>%1 is a record of its own again.</source>
        <translation>%1 دیسان تۆمارێکی سەربەخۆیە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="824"/>
        <source>%1 of %2 left as set: the merge narrowed it to that of %3 and it was changed after the merge, so the split did not set it back. Check who may receive her record.</source>
        <translation>%1ی %2 وەک دانراو مایەوە: تێکەڵکردنەکە تەسکی کردەوە بۆ ئاستی %3، و دوای تێکەڵکردنەکە گۆڕدرا، بۆیە جیاکردنەوەکە نەیگەڕاندەوە. بپشکنە کێ دەتوانێت تۆمارەکەی وەربگرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="828"/>
        <source>%1 of %2 left as edited: it held what the merge brought from %3 and was changed after the merge, so the split could not take that back. Read it and take out what belongs to %3.</source>
        <translation>%1ی %2 وەک دەستکاریکراو مایەوە: ئەوەی تێدا بوو کە تێکەڵکردنەکە لە %3ەوە هێنابووی، و دوای تێکەڵکردنەکە دەستکاری کرا، بۆیە جیاکردنەوەکە نەیتوانی بیگەڕێنێتەوە. بیخوێنەرەوە و ئەوەی هی %3یە لای ببە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="840"/>
        <source>Withdraw %1 (%2) from %3&apos;s history?</source>
        <translation>%1 (%2) لە مێژووی %3 بکێشرێتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="522"/>
        <location filename="../../ui/person_page.py" line="542"/>
        <location filename="../../ui/person_page.py" line="841"/>
        <source>no date</source>
        <translation>بێ بەروار</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="843"/>
        <source>Her papers will no longer show it; the audit trail keeps what it said. A status a rescue gave is changed on the rescue instead.</source>
        <translation>چیتر لە بەڵگەنامەکانیدا دەرناکەوێت؛ تۆماری وردبینی ئەوەی گوتبووی دەپارێزێت. بارێک کە ڕزگارکردنێک دابێتی، لە خودی ڕزگارکردنەکەدا دەگۆڕدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="854"/>
        <source>Take row %1 of %2 (import %3) back from %4?</source>
        <translation>ڕیزی %1 لە %2 (هاوردەی %3) لە %4 بکشێنرێتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="857"/>
        <source>What the row brought is undone where nothing has changed it since, and its list no longer names this person, here or on papers. A record the row created is deleted, unless something else refers to it. The row can then be decided again from the command line.</source>
        <translation>ئەوەی ڕیزەکە هێنای هەڵدەوەشێندرێتەوە لەو شوێنانەی لەو کاتەوە هیچ نەیگۆڕیون، و لیستەکەی چیتر ناوی ئەم کەسە نابات، نە لێرە و نە لە بەڵگەنامەکاندا. تۆمارێک کە ڕیزەکە دروستی کردبێت دەسڕدرێتەوە، مەگەر شتێکی تر ئاماژەی پێ بدات. دواتر دەتوانرێت لە هێڵی فەرمانەوە دووبارە بڕیار لەسەر ڕیزەکە بدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="845"/>
        <location filename="../../ui/person_page.py" line="861"/>
        <source>Withdraw</source>
        <translation>بیکشێنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="242"/>
        <source>There is an unsaved draft of this record: what was typed on her page and not saved. Restore draft puts back only the fields typed in it; what was saved since stays.</source>
        <translation>ڕەشنووسێکی پاشەکەوتنەکراوی ئەم تۆمارە هەیە: ئەوەی لە پەڕەکەیدا نووسرا و پاشەکەوت نەکرا. «گەڕاندنەوەی ڕەشنووس» تەنها ئەو خانانە دەگەڕێنێتەوە کە تێیدا نووسران؛ ئەوەی لەو کاتەوە پاشەکەوت کراوە دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="790"/>
        <source>%1 is merged into %2: added to %1, shown under %2</source>
        <translation>%1 لەگەڵ %2 تێکەڵ کراوە: بۆ %1 زیاد کرا، لە ژێر %2 پیشان دەدرێت</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="873"/>
        <source>Kept, as another list&apos;s row still says it: %1</source>
        <translation>هێڵدرایەوە، چونکە ڕیزێکی لیستێکی تر هێشتا دەیڵێت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="881"/>
        <source>the family contact %1, changed by hand since the import</source>
        <translation>پەیوەندیی خێزان %1، کە دوای هاوردەکردنەکە بە دەست گۆڕدرا</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="885"/>
        <source>Left as it is, for you to settle by hand: %1</source>
        <translation>وەک خۆی هێڵدرایەوە بۆ ئەوەی خۆت بڕیاری لەسەر بدەیت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="892"/>
        <source>%1 (changed since by import %2, row %3)</source>
        <translation>%1 (لەو کاتەوە گۆڕدرا بە هاوردەی %2، ڕیزی %3)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="895"/>
        <source>%1 (changed since, on %2)</source>
        <translation>%1 (لەو کاتەوە گۆڕدرا، لە %2)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="902"/>
        <source>%1 %2 (row %3 of %4, import %5)</source>
        <translation>%1 %2 (ڕیزی %3 لە %4، هاوردەی %5)</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="18"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report.</source>
        <translation>دۆخی %1 (%2) کە لەسەر ڕاپۆرتی %3 گوترا لە شوێنی خۆی دەمێنێتەوە: لەگەڵ ڕاپۆرتەکە ناگوازرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="21"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report. If it is of %4, tell it on that person&apos;s page (Status timeline) on report %3.</source>
        <translation>دۆخی %1 (%2) کە لەسەر ڕاپۆرتی %3 گوترا لە شوێنی خۆی دەمێنێتەوە: لەگەڵ ڕاپۆرتەکە ناگوازرێتەوە. ئەگەر هی %4 بێت، لە پەڕەی ئەو کەسە (هێڵی کاتی دۆخ) لەسەر ڕاپۆرتی %3 بیڵێ.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="95"/>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="97"/>
        <source>Remove the chosen one from her record (you are asked first)</source>
        <translation>ئەوەی هەڵبژێردراوە لە تۆمارەکەی لاببە (پێشتر لێت دەپرسرێت)</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Case</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (original)</source>
        <translation>ناو (ڕەسەن)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (Latin)</source>
        <translation>ناو (لاتینی)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Born</source>
        <translation>لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Found by</source>
        <translation>دۆزرایەوە بە ناوی</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="335"/>
        <source>Alias</source>
        <translation>ناوێکی تر</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../ui/filter_boxes.py" line="25"/>
        <source>All statuses</source>
        <translation>هەموو دۆخەکان</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="26"/>
        <source>Any sex</source>
        <translation>هەر ڕەگەزێک</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="33"/>
        <location filename="../../ui/persons_view.py" line="153"/>
        <source>Age today, from</source>
        <translation>تەمەنی ئەمڕۆ، لە</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="34"/>
        <source>Age today, to</source>
        <translation>تەمەنی ئەمڕۆ، تا</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="35"/>
        <source>Age today (in %1), not the age when taken, worked out from the recorded birth; a person with no birth recorded is left out</source>
        <translation>تەمەنی ئەمڕۆ (لە %1)، نەک تەمەن لە کاتی ڕفاندن، لە لەدایکبوونی تۆمارکراوەوە دەژمێردرێت؛ کەسێک کە لەدایکبوونی تۆمار نەکرابێت نیشان نادرێت</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="38"/>
        <source>Abducted from (e.g. 08/2014)</source>
        <translation>ڕفێندراوە لە (بۆ نموونە 08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="39"/>
        <source>Abducted to (e.g. 2015)</source>
        <translation>ڕفێندراوە تا (بۆ نموونە 2015)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="45"/>
        <location filename="../../ui/persons_view.py" line="171"/>
        <source>Seen since</source>
        <translation>بینراوە لە</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="46"/>
        <source>A report about her observed on or after this date and received on or after it, or a dated status saying she was seen alive (2024: any time in 2024 or later; &quot;about 2022&quot; is read as 2022); a report that gives no observed date does not count</source>
        <translation>ڕاپۆرتێک دەربارەی ئەو کە لەم ڕێکەوتە یان دوای ئەو بینراوە و لەم ڕێکەوتە یان دوای ئەو گەیشتووە، یان دۆخێکی ڕێکەوتدار کە دەڵێت بە زیندوویی بینراوە (2024: هەر کاتێک لە 2024 یان دواتر؛ «نزیکەی 2022» وەک 2022 دەخوێندرێتەوە)؛ ڕاپۆرتێک کە ڕێکەوتی بینینی تێدا نییە ناژمێردرێت</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="51"/>
        <source>a report or a status: observed on or after %1</source>
        <translation>ڕاپۆرت یان دۆخ: بینراوە لە %1 یان دواتر</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="54"/>
        <source>%1: %2 is not an age in years (e.g. 18)</source>
        <translation>%1: %2 تەمەن نییە بە ساڵ (بۆ نموونە 18)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="74"/>
        <source>e.g. 08/2014</source>
        <translation>بۆ نموونە 08/2014</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="75"/>
        <source>e.g. 2015</source>
        <translation>بۆ نموونە 2015</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="76"/>
        <source>e.g. 2024</source>
        <translation>بۆ نموونە 2024</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="121"/>
        <source>Search names in any script or spelling...</source>
        <translation>گەڕان بەدوای ناو بە هەر نووسین و ڕێنووسێک...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="124"/>
        <source>New person...</source>
        <translation>کەسی نوێ...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="127"/>
        <source>Add one person (Ctrl+N); the vault is searched for the same person before anything is saved</source>
        <translation>یەک کەس زیاد بکە (Ctrl+N)؛ پێش پاشەکەوتکردنی هەر شتێک لە گەنجینەدا بەدوای هەمان کەسدا دەگەڕێت</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="131"/>
        <source>Print list...</source>
        <translation>چاپکردنی لیستەکە...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="133"/>
        <source>A case summary of the persons chosen by these filters, on the Print screen</source>
        <translation>پوختەی دۆسیەکانی ئەو کەسانەی ئەم پاڵاوتنانە هەڵیاندەبژێرن، لە شاشەی چاپکردن</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="138"/>
        <source>Sharing level...</source>
        <translation>ئاستی هاوبەشکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="140"/>
        <source>Set who may receive the records of the persons selected in the list (Ctrl+click, Shift+click)</source>
        <translation>دیاری بکە کێ دەتوانێت تۆماری ئەو کەسانە وەربگرێت کە لە لیستەکەدا هەڵبژێردراون (Ctrl+کلیک، Shift+کلیک)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="152"/>
        <source>to</source>
        <comment>between the two boxes of a range: age 18 to 22</comment>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="426"/>
        <source>No one is in the vault yet. Bring in a list of names on the Imports screen, or add one person with New person...</source>
        <translation>هێشتا کەس لە گەنجینەدا نییە. لیستێکی ناو لە پەڕەی «هاوردەکان» بهێنە، یان یەک کەس بە «کەسی نوێ...» زیاد بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="442"/>
        <source>status: %1</source>
        <translation>دۆخ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="444"/>
        <source>sex: %1</source>
        <translation>ڕەگەز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="445"/>
        <source>village: %1</source>
        <translation>گوند: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="446"/>
        <source>born: %1</source>
        <translation>لەدایکبوون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="447"/>
        <source>abduction date or age when taken</source>
        <translation>ڕێکەوتی ڕفاندن یان تەمەن لە کاتی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="448"/>
        <source>no report or status since %1</source>
        <translation>هیچ ڕاپۆرت یان دۆخێک نییە لە %1ەوە</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="449"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="450"/>
        <source>%n closer match(es) left out by the filters (best: %1 %2, %3)</source>
        <translation>
            <numerusform>ئەنجامی نزیکتر کە پاڵاوتنەکان دەریانهێشتووە: %n (باشترین: %1 ‏%2، %3)</numerusform>
            <numerusform>ئەنجامی نزیکتر کە پاڵاوتنەکان دەریانهێشتووە: %n (باشترین: %1 ‏%2، %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="452"/>
        <source>%n match(es) left out by the filters (best: %1 %2, %3)</source>
        <translation>
            <numerusform>ئەنجام کە پاڵاوتنەکان دەریانهێشتووە: %n (باشترین: %1 ‏%2، %3)</numerusform>
            <numerusform>ئەنجام کە پاڵاوتنەکان دەریانهێشتووە: %n (باشترین: %1 ‏%2، %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="475"/>
        <source>Select the persons first: click a row, then Ctrl+click or Shift+click more rows.</source>
        <translation>سەرەتا کەسەکان هەڵبژێرە: کلیک لە ڕیزێک بکە، پاشان Ctrl+کلیک یان Shift+کلیک لە ڕیزی تر بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="481"/>
        <location filename="../../ui/persons_view.py" line="509"/>
        <source>Sharing level</source>
        <translation>ئاستی هاوبەشکردن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="482"/>
        <source>Who may receive the records of the %n person(s) selected:</source>
        <translation>
            <numerusform>کێ دەتوانێت تۆماری ئەو %n کەسە هەڵبژێردراوە وەربگرێت:</numerusform>
            <numerusform>کێ دەتوانێت تۆماری ئەو %n کەسە هەڵبژێردراوە وەربگرێت:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="500"/>
        <source>Set the sharing level of %n person(s) to “%1”? Each change is written to the audit trail.</source>
        <translation>
            <numerusform>ئاستی هاوبەشکردنی %n کەس بکرێتە «%1»؟ هەر گۆڕانکارییەک لە تۆماری پشکنیندا دەنووسرێت.</numerusform>
            <numerusform>ئاستی هاوبەشکردنی %n کەس بکرێتە «%1»؟ هەر گۆڕانکارییەک لە تۆماری پشکنیندا دەنووسرێت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="504"/>
        <source>%n of them would be shared more widely than now.</source>
        <translation>
            <numerusform>تۆماری %n کەسیان لە ئێستا فراوانتر هاوبەش دەکرێت.</numerusform>
            <numerusform>تۆماری %n کەسیان لە ئێستا فراوانتر هاوبەش دەکرێت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="40"/>
        <source>Age: the minimum is above the maximum</source>
        <translation>تەمەن: کەمترین لە زۆرترین زیاترە</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="41"/>
        <location filename="../../ui/persons_view.py" line="155"/>
        <source>Abducted from</source>
        <translation>ڕفێندراوە لە</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="42"/>
        <source>Abducted to</source>
        <translation>ڕفێندراوە تا</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="43"/>
        <source>Abduction dates: the first is after the second</source>
        <translation>ڕێکەوتەکانی ڕفاندن: یەکەم دوای دووەمە</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="52"/>
        <source>%1: %2 is not a date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 ڕێکەوت نییە (بۆ نموونە 2014، 08/2014، 03/08/2014)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="418"/>
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>ئەنجامەکان: %n، باشترین سەرەتا</numerusform>
            <numerusform>ئەنجامەکان: %n، باشترین سەرەتا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="419"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>کەسەکان: %n</numerusform>
            <numerusform>کەسەکان: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="27"/>
        <source>Village (every spelling)</source>
        <translation>گوند (بە هەموو شێوازەکانی نووسینی)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="28"/>
        <source>Every spelling of the village in the vault: Kocho also finds Koço, Kojo and كوجو. Another village with a similar name is not included.</source>
        <translation>هەموو شێوازەکانی نووسینی گوندەکە لە گەنجینەدا: Kocho هەروەها Koço و Kojo و كوجو دەدۆزێتەوە. گوندێکی تر کە ناوێکی هاوشێوەی هەیە ناخرێتە ناوی.</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="288"/>
        <source>Add photo...</source>
        <translation>زیادکردنی وێنە...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="320"/>
        <source>Photo %1: %2</source>
        <translation>وێنەی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="321"/>
        <source>Photo %1</source>
        <translation>وێنەی %1</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../../ui/print_view.py" line="47"/>
        <source>Dossier of one person</source>
        <translation>دۆسیەی یەک کەس</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="48"/>
        <source>Case summary (list)</source>
        <translation>پوختەی دۆسیەکان (لیست)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="49"/>
        <source>Rescue operation report</source>
        <translation>ڕاپۆرتی کردەوەی ڕزگارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="53"/>
        <source>Case number (dossier) or rescue number</source>
        <translation>ژمارەی دۆسیە یان ژمارەی ڕزگارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="75"/>
        <source>Choose who it is for</source>
        <translation>دیاری بکە بۆ کێیە</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="83"/>
        <source>Document</source>
        <translation>بەڵگەنامە</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="84"/>
        <source>Which</source>
        <translation>کامیان</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="67"/>
        <source>Required for a family&apos;s summary or rescue report, which show only these persons. More than one: separate them with spaces.</source>
        <translation>پێویستە بۆ پوختە یان ڕاپۆرتی ڕزگارکردنی خێزانێک، کە تەنها ئەم کەسانە پیشان دەدەن. بۆ زیاتر لە یەک: بە بۆشایی لێکیان جیا بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="88"/>
        <source>For whom (profile)</source>
        <translation>بۆ کێ (پرۆفایل)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="89"/>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="96"/>
        <source>Preview</source>
        <translation>پێشبینین</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="98"/>
        <source>Save as PDF...</source>
        <translation>پاشەکەوتکردن وەک PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="100"/>
        <source>Print...</source>
        <translation>چاپکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="104"/>
        <source>Make it anyway (the audit trail will say so)</source>
        <translation>هەر دروستی بکە (تۆماری پشکنین ئەمە دەڵێت)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="154"/>
        <source>Case number, e.g. %1</source>
        <translation>ژمارەی دۆسیە، بۆ نموونە %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="224"/>
        <source>The choices have changed: click Preview to see the document they make before saving or printing it.</source>
        <translation>هەڵبژاردنەکان گۆڕدران: کرتە لە «پێشبینین» بکە بۆ بینینی ئەو بەڵگەنامەیەی لێیانەوە دروست دەبێت، پێش پاشەکەوتکردن یان چاپکردنی.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="249"/>
        <source>Choose who the document is for (profile): it decides what the document shows.</source>
        <translation>دیاری بکە بەڵگەنامەکە بۆ کێیە (پرۆفایل): ئەوە دیاری دەکات چی لە بەڵگەنامەکەدا دەردەکەوێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="257"/>
        <source>A public document does not say who was sighted, located or is in negotiation: choose Missing, which lists them with the others.</source>
        <translation>بەڵگەنامەی گشتی ناڵێت کێ بینراوە، شوێنی کێ دۆزراوەتەوە یان کێ لە دانوستاندندایە: «ونبوو» هەڵبژێرە، کە ئەوانیش لەگەڵ ئەوانی تر دەنووسێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="262"/>
        <source>A court document says Missing of a person whose status is unknown: nothing says she is out, so she counts as still held. Choose Missing, which lists them with the others.</source>
        <translation>بەڵگەنامەی دادگا کەسێک کە دۆخەکەی نەزانراوە وەک «ونبوو» دەنووسێت: هیچ شتێک نالێت ئازاد بووە، بۆیە وەک هێشتا لە دیلیدا دادەنرێت. «ونبوو» هەڵبژێرە، کە لەگەڵ ئەوانی تر لیستیان دەکات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="268"/>
        <source>A court document does not say who is sighted, located or in negotiation while she is held: choose Missing, which lists them with the others.</source>
        <translation>بەڵگەنامەی دادگا ناڵێت کێ بینراوە، شوێنی کێ دۆزراوەتەوە یان کێ لە دانوستاندندایە تا لە دیلیدا بێت: «ونبوو» هەڵبژێرە، کە ئەوانیش لەگەڵ ئەوانی تر دەنووسێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="285"/>
        <location filename="../../ui/print_view.py" line="517"/>
        <source>Cancelled.</source>
        <translation>هەڵوەشایەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="326"/>
        <source>The choices changed while the preview was being made: click Preview again.</source>
        <translation>لە کاتی ئامادەکردنی پێشبینینەکەدا هەڵبژاردنەکان گۆڕدران: دیسان کرتە لە «پێشبینین» بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="406"/>
        <source>For others still held whom this paper is not about, it leaves out the reports that also concern them (%1) and the date, place and outcome of the operations that name them, whatever they gave (%2), and says so.</source>
        <translation>بۆ کەسانی تر کە هێشتا لە دیلیدان و ئەم بەڵگەنامەیە دەربارەی ئەوان نییە، ئەو ڕاپۆرتانەی پەیوەندییان بەوانیشەوە هەیە (%1) و بەروار و شوێن و ئەنجامی ئەو ئۆپەراسیۆنانەی ناویان دەهێنن، ئەنجامیان هەرچییەک بێت (%2) لادەبات، و ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="86"/>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>Whose family</source>
        <translation>خێزانی کێ</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="253"/>
        <source>A family&apos;s document shows that family&apos;s own persons only: give their case numbers under Whose family.</source>
        <translation>بەڵگەنامەی خێزانێک تەنها کەسەکانی هەمان خێزان پیشان دەدات: ژمارەی دۆسیەکانیان لە «خێزانی کێ» بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="311"/>
        <source>Reading the persons...</source>
        <translation>خوێندنەوەی کەسەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="312"/>
        <source>Laying out the rows...</source>
        <translation>ڕێکخستنی ڕیزەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="313"/>
        <source>Writing page %1...</source>
        <translation>نووسینی لاپەڕەی %1...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="314"/>
        <source>Finishing the pages...</source>
        <translation>تەواوکردنی لاپەڕەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="315"/>
        <source>Drawing the pages for the preview...</source>
        <translation>کێشانی لاپەڕەکان بۆ پێشبینین...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="332"/>
        <source>%1 is merged into %2, which holds all that is known of this person: give %2 under Whose family instead. If they are two people, first split %1 out on the page of %2.</source>
        <translation>%1 تێکەڵی %2 کراوە، کە هەموو ئەوەی دەربارەی ئەم کەسە دەزانرێت لەخۆ دەگرێت: لە جیاتی ئەو %2 لە «خێزانی کێ» بنووسە. ئەگەر دوو کەسی جیاوازن، سەرەتا %1 لە پەڕەی %2 جیا بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="339"/>
        <source>%1 is merged into %2, which holds all that is known of this person: print the dossier of %2. If they are two people, first split %1 out on the page of %2.</source>
        <translation>%1 تێکەڵی %2 کراوە، کە هەموو ئەوەی دەربارەی ئەم کەسە دەزانرێت لەخۆ دەگرێت: دۆسیەی %2 چاپ بکە. ئەگەر دوو کەسی جیاوازن، سەرەتا %1 لە پەڕەی %2 جیا بکەرەوە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>لاپەڕەکان: %n</numerusform>
            <numerusform>لاپەڕەکان: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="356"/>
        <source>%1 person(s) left out: their sharing level does not allow %2. Set it on each person&apos;s page (Sharing) once she may be shown to this audience.</source>
        <translation>کەسانی لابراو: %1؛ ئاستی هاوبەشکردنیان ڕێگە بە «%2» نادات. لە لاپەڕەی هەر کەسێک (هاوبەشکردن) بیگۆڕە کاتێک دەکرێت بۆ ئەم بینەرانە نیشان بدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="366"/>
        <source>Made despite her sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>سەرەڕای ئاستی هاوبەشکردنی (%1) دروستکرا: پاشەکەوتکردن یان چاپکردنی بەم شێوەیە لە تۆماری پشکنیندا تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="368"/>
        <source>Made despite his sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>سەرەڕای ئاستی هاوبەشکردنی (%1) دروستکرا: پاشەکەوتکردن یان چاپکردنی بەم شێوەیە لە تۆماری پشکنیندا تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="370"/>
        <source>Made despite this person&apos;s sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>سەرەڕای ئاستی هاوبەشکردنی ئەم کەسە (%1) دروستکرا: پاشەکەوتکردن یان چاپکردنی بەم شێوەیە لە تۆماری پشکنیندا تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="386"/>
        <source>She is still held: until she is freed, this paper leaves out the steps of the search for her (%1), the reports of her since her abduction (%2) and her rescue records (%3), and says so.</source>
        <translation>هێشتا لە دیلیدایە: تا ئازاد دەکرێت، ئەم بەڵگەنامەیە قۆناغەکانی گەڕان بەدوایدا (%1)، ئەو ڕاپۆرتانەی لەوەتەی ڕفێندراوە لەبارەیەوە هاتوون (%2) و تۆمارەکانی ڕزگارکردنی (%3) لادەبات، و ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="389"/>
        <source>He is still held: until he is freed, this paper leaves out the steps of the search for him (%1), the reports of him since his abduction (%2) and his rescue records (%3), and says so.</source>
        <translation>هێشتا لە دیلیدایە: تا ئازاد دەکرێت، ئەم بەڵگەنامەیە قۆناغەکانی گەڕان بەدوایدا (%1)، ئەو ڕاپۆرتانەی لەوەتەی ڕفێندراوە لەبارەیەوە هاتوون (%2) و تۆمارەکانی ڕزگارکردنی (%3) لادەبات، و ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="392"/>
        <source>This person is still held: until they are freed, this paper leaves out the steps of the search for them (%1), the reports of them since their abduction (%2) and their rescue records (%3), and says so.</source>
        <translation>ئەم کەسە هێشتا لە دیلیدایە: تا ئازاد دەکرێت، ئەم بەڵگەنامەیە قۆناغەکانی گەڕان بەدوایدا (%1)، ئەو ڕاپۆرتانەی لەوەتەی ڕفێندراوە لەبارەیەوە هاتوون (%2) و تۆمارەکانی ڕزگارکردنی (%3) لادەبات، و ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="399"/>
        <source>It also leaves out who holds her and where she was last known to be.</source>
        <translation>هەروەها ئەوەی لەلای کێ گیراوە و دوایین شوێنی زانراوی لادەبات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="401"/>
        <source>It also leaves out who holds him and where he was last known to be.</source>
        <translation>هەروەها ئەوەی لەلای کێ گیراوە و دوایین شوێنی زانراوی لادەبات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="403"/>
        <source>It also leaves out who holds them and where they were last known to be.</source>
        <translation>هەروەها ئەوەی لەلای کێ گیراوە و دوایین شوێنی زانراوی لادەبات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="414"/>
        <source>It prints %1 field(s) of this person&apos;s record as withheld: their text names another person still held.</source>
        <translation>%1 خانەی تۆماری ئەم کەسە وەک شاردراوە چاپ دەکات: دەقەکەیان ناوی کەسێکی تری تێدایە کە هێشتا لە دیلیدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="419"/>
        <source>It prints %1 place(s), of reports or of the lists that named this person, as withheld: they name another person still held.</source>
        <translation>%1 شوێن، هی ڕاپۆرتەکان یان هی ئەو لیستانەی ناوی ئەم کەسەیان هێناوە، وەک شاردراوە چاپ دەکات: ناوی کەسێکی تری تێدایە کە هێشتا لە دیلیدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="424"/>
        <source>It prints the village of %1 person(s) as withheld: it names another person still held.</source>
        <translation>گوندی %1 کەس وەک شاردراوە چاپ دەکات: ناوی کەسێکی تری تێدایە کە هێشتا لە دیلیدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="428"/>
        <source>%1 person(s) still held and sighted, located or in negotiation are said to be missing on this paper, which says that it says so of anyone still held.</source>
        <translation>%1 کەس کە هێشتا لە دیلیدان و بینراون، شوێنیان دۆزراوەتەوە یان لە دانوستاندندان، لەم بەڵگەنامەیەدا وەک ونبوو نووسراون؛ بەڵگەنامەکە دەڵێت هەر کەسێک هێشتا لە دیلیدا بێت وا دەنووسرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="433"/>
        <source>%1 person(s) of this operation still held are not named on this paper, which says so.</source>
        <translation>%1 کەس لەم ئۆپەراسیۆنە کە هێشتا لە دیلیدان ناویان لەم بەڵگەنامەیەدا نییە، و بەڵگەنامەکە ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="437"/>
        <source>Someone this operation did not free is still held: its date, place and outcome are left out of this paper, which says so.</source>
        <translation>کەسێک کە ئەم ئۆپەراسیۆنە ئازادی نەکرد هێشتا لە دیلیدایە: بەروار و شوێن و ئەنجامی ئۆپەراسیۆنەکە لەم بەڵگەنامەیەدا لابراون، و بەڵگەنامەکە ئەمە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="446"/>
        <source>%1 may not be shown to this audience: her sharing level is &quot;%2&quot;, and this document is for: %3. If she may, set Sharing on her page first.</source>
        <translation>%1 نابێت بۆ ئەم بینەرانە نیشان بدرێت: ئاستی هاوبەشکردنی «%2»ە، و ئەم بەڵگەنامەیە بۆ: %3. ئەگەر دەکرێت، سەرەتا هاوبەشکردن لە لاپەڕەکەیدا بگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="449"/>
        <source>%1 may not be shown to this audience: his sharing level is &quot;%2&quot;, and this document is for: %3. If he may, set Sharing on his page first.</source>
        <translation>%1 نابێت بۆ ئەم بینەرانە نیشان بدرێت: ئاستی هاوبەشکردنی «%2»ە، و ئەم بەڵگەنامەیە بۆ: %3. ئەگەر دەکرێت، سەرەتا هاوبەشکردن لە لاپەڕەکەیدا بگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="452"/>
        <source>%1 may not be shown to this audience: this person&apos;s sharing level is &quot;%2&quot;, and this document is for: %3. If they may, set Sharing on their page first.</source>
        <translation>%1 نابێت بۆ ئەم بینەرانە نیشان بدرێت: ئاستی هاوبەشکردنی ئەم کەسە «%2»ە، و ئەم بەڵگەنامەیە بۆ: %3. ئەگەر دەکرێت، سەرەتا هاوبەشکردن لە لاپەڕەی ئەم کەسەدا بگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="464"/>
        <source>This summary lists nobody: no one in the vault matches the filter “%1”. The document says so; change the filter to list persons.</source>
        <translation>ئەم پوختەیە هیچ کەسێک ناهێنێت: هیچ کەسێک لە تۆمارەکاندا لەگەڵ فلتەری «%1» ناگونجێت. بەڵگەنامەکە ئەمە دەڵێت؛ فلتەرەکە بگۆڕە بۆ ئەوەی کەسان لیست بکرێن.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="467"/>
        <source>This summary lists nobody: the filters before it choose %1, and the filter “%2” leaves none of them. The document says so; change the filter to list persons.</source>
        <translation>ئەم پوختەیە هیچ کەسێک ناهێنێت: فلتەرەکانی پێشتر %1 کەس هەڵدەبژێرن، و فلتەری «%2» هیچ کەسێکیان ناهێڵێتەوە. بەڵگەنامەکە ئەمە دەڵێت؛ فلتەرەکە بگۆڕە بۆ ئەوەی کەسان لیست بکرێن.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="476"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="486"/>
        <source>Click Preview first: only the document previewed from the choices shown is saved or printed.</source>
        <translation>سەرەتا کرتە لە «پێشبینین» بکە: تەنها ئەو بەڵگەنامەیەی بە هەڵبژاردنە پیشاندراوەکان پێشبینی کراوە پاشەکەوت یان چاپ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="507"/>
        <source>Saved to %1, protected with a password
SHA-256 %2</source>
        <translation>پاشەکەوت کرا لە %1، پارێزراو بە وشەی تێپەڕ
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="508"/>
        <source>Saved to %1
SHA-256 %2</source>
        <translation>پاشەکەوت کرا لە %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="537"/>
        <source>No printer is set up on this computer: nothing was printed. Save as PDF... keeps the document in a file.</source>
        <translation>هیچ چاپکەرێک لەسەر ئەم کۆمپیوتەرە دانەمەزراوە: هیچ چاپ نەکرا. «پاشەکەوتکردن وەک PDF...» بەڵگەنامەکە لە فایلێکدا هەڵدەگرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="566"/>
        <source>The printer could not be started: nothing was printed.</source>
        <translation>نەتوانرا چاپکەرەکە بخرێتە کار: هیچ چاپ نەکرا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="578"/>
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>نێردرا بۆ چاپکەر: %n لاپەڕە</numerusform>
            <numerusform>نێردرا بۆ چاپکەر: %n لاپەڕە</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ui/labels.py" line="693"/>
        <source>internal (the team)</source>
        <translation>ناوخۆیی (تیم)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="694"/>
        <source>court</source>
        <translation>دادگا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="695"/>
        <source>family</source>
        <translation>خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="696"/>
        <source>public appeal</source>
        <translation>بانگەوازی گشتی</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="24"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>ProvenanceTab</name>
    <message>
        <location filename="../../ui/provenance_tab.py" line="20"/>
        <source>Withdraw the chosen row...</source>
        <translation>ڕیزە هەڵبژێردراوەکە بکشێنەوە...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="118"/>
        <source>Drive</source>
        <translation>دیسک</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="119"/>
        <source>Folder</source>
        <translation>بوخچە</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="106"/>
        <source>Job</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="107"/>
        <source>Job Control</source>
        <translation>بەڕێوەبردنی کار</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="108"/>
        <source>Scheduled &amp;printing:</source>
        <translation>کاتی چاپکردن:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="109"/>
        <source>&amp;Billing information:</source>
        <translation>زانیاری پارەدان:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="110"/>
        <source>Job &amp;priority:</source>
        <translation>پێشینەی کار:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="111"/>
        <source>Banner Pages</source>
        <translation>لاپەڕە جیاکەرەوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="112"/>
        <source>Print Immediately</source>
        <translation>یەکسەر چاپ بکە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="113"/>
        <source>Hold Indefinitely</source>
        <translation>بۆ ماوەیەکی نادیار ڕایبگرە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="114"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>ڕۆژ (06:00 تا 17:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="115"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>شەو (18:00 تا 05:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="116"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>دەوامی دووەم (16:00 تا 23:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="117"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>دەوامی سێیەم (00:00 تا 07:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="118"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>کۆتایی هەفتە (شەممە تا یەکشەممە)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="119"/>
        <source>Specific Time</source>
        <translation>کاتێکی دیاریکراو</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="126"/>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>سەرەتا:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="127"/>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>کۆتایی:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="128"/>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="129"/>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>ئاسایی</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="130"/>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>نهێنی نییە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="131"/>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>تایبەت</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="132"/>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>پۆلێنکراو</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="133"/>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="134"/>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>زۆر نهێنی</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>&amp;Look in:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>Look in:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>File &amp;name:</source>
        <translation>ناوی پەڕگە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>Files of &amp;type:</source>
        <translation>جۆری پەڕگە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Files of type:</source>
        <translation>جۆری پەڕگە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>&amp;Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>&amp;Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>هەڵبژاردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>Save As</source>
        <translation>پاشەکەوتکردن وەک</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>Find Directory</source>
        <translation>دۆزینەوەی بوخچە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Directory:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Directories</source>
        <translation>بوخچەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>Go back</source>
        <translation>بگەڕێوە دواوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Go forward</source>
        <translation>بڕۆ بۆ پێشەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Parent Directory</source>
        <translation>بوخچەی سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Go to the parent directory</source>
        <translation>بڕۆ بۆ بوخچەی سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Create New Folder</source>
        <translation>دروستکردنی بوخچەی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78"/>
        <source>Create a New Folder</source>
        <translation>دروستکردنی بوخچەیەکی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>New Folder</source>
        <translation>بوخچەی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>&amp;New Folder</source>
        <translation>بوخچەی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>List View</source>
        <translation>پیشاندانی لیست</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="82"/>
        <source>Change to list view mode</source>
        <translation>گۆڕین بۆ پیشاندانی لیست</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Detail View</source>
        <translation>پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="84"/>
        <source>Change to detail view mode</source>
        <translation>گۆڕین بۆ پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="85"/>
        <source>Sidebar</source>
        <translation>لای تەنیشت</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="86"/>
        <source>List of places and bookmarks</source>
        <translation>لیستی شوێنەکان و نیشانەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="87"/>
        <source>Files</source>
        <translation>پەڕگەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="88"/>
        <source>All Files (*)</source>
        <translation>هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="89"/>
        <source>All files (*)</source>
        <translation>هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="90"/>
        <source>Show </source>
        <translation>پیشاندانی </translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="91"/>
        <source>&amp;Rename</source>
        <translation>ناوگۆڕین</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="92"/>
        <source>&amp;Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="93"/>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>Show &amp;hidden files</source>
        <translation>پیشاندانی پەڕگە شاراوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="95"/>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>Recent Places</source>
        <translation>شوێنە تازەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="97"/>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="98"/>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="99"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پێشتر هەیە.
دەتەوێت بە نوێیەکە بیگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
پەڕگەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی پەڕگەکە دروست نووسراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
بوخچەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی بوخچەکە دروست نووسراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="104"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; لە نووسین پارێزراوە.
هەر دەتەوێت بیسڕیتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>دڵنیایت دەتەوێت &apos;%1&apos; بسڕیتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>Could not delete directory.</source>
        <translation>بوخچەکە نەسڕایەوە.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="111"/>
        <source>Date Modified</source>
        <translation>ڕێکەوتی گۆڕین</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="112"/>
        <source>Computer</source>
        <translation>کۆمپیوتەر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="114"/>
        <source>Invalid filename</source>
        <translation>ناوی پەڕگە نادروستە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;ناوی &quot;%1&quot; بەکارناهێنرێت.&lt;/b&gt;&lt;p&gt;ناوێکی تر تاقی بکەوە، بە پیتی کەمتر یان بێ نیشانەی خاڵبەندی.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>&amp;OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>&amp;Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>&amp;Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>&amp;Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Close without Saving</source>
        <translation>داخستن بەبێ پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Show Details...</source>
        <translation>پیشاندانی وردەکارییەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Hide Details...</source>
        <translation>شاردنەوەی وردەکارییەکان...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="81"/>
        <source>Paper</source>
        <translation>کاغەز</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="82"/>
        <source>Page size:</source>
        <translation>قەبارەی لاپەڕە:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="83"/>
        <source>Width:</source>
        <translation>پانی:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="84"/>
        <source>Height:</source>
        <translation>بەرزی:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="85"/>
        <source>Paper source:</source>
        <translation>سەرچاوەی کاغەز:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="86"/>
        <source>Orientation</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="87"/>
        <source>Portrait</source>
        <translation>ستوونی</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="88"/>
        <source>Landscape</source>
        <translation>ئاسۆیی</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="89"/>
        <source>Reverse landscape</source>
        <translation>ئاسۆیی پێچەوانە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="90"/>
        <source>Reverse portrait</source>
        <translation>ستوونی پێچەوانە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="91"/>
        <source>Margins</source>
        <translation>پەراوێزەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="92"/>
        <source>top margin</source>
        <translation>پەراوێزی سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="93"/>
        <source>left margin</source>
        <translation>پەراوێزی چەپ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="94"/>
        <source>right margin</source>
        <translation>پەراوێزی ڕاست</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="95"/>
        <source>bottom margin</source>
        <translation>پەراوێزی خوارەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="96"/>
        <source>Page Layout</source>
        <translation>ڕێکخستنی لاپەڕە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="97"/>
        <source>Page &amp;order:</source>
        <translation>ڕیزبەندی لاپەڕەکان:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="98"/>
        <source>Pages &amp;per sheet:</source>
        <translation>لاپەڕە لە هەر کاغەزێکدا:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="99"/>
        <source>Millimeters (mm)</source>
        <translation>ملیمەتر (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="100"/>
        <source>Inches (in)</source>
        <translation>ئینج (in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="101"/>
        <source>Points (pt)</source>
        <translation>خاڵ (pt)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="102"/>
        <source>Pica (P̸)</source>
        <translation>پایکا (P̸)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="103"/>
        <source>Didot (DD)</source>
        <translation>دیدۆ (DD)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="104"/>
        <source>Cicero (CC)</source>
        <translation>سیسێرۆ (CC)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="105"/>
        <source>Custom</source>
        <translation>دڵخواز</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="28"/>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="29"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>&amp;No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Yes to &amp;All</source>
        <translation>بەڵێ بۆ هەموویان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>نەخێر بۆ هەموویان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Save All</source>
        <translation>پاشەکەوتکردنی هەموویان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Discard</source>
        <translation>فڕێدان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Apply</source>
        <translation>جێبەجێکردن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Reset</source>
        <translation>ڕێکخستنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Restore Defaults</source>
        <translation>گەڕاندنەوەی بنەڕەتییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Abort</source>
        <translation>وەستاندن</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Retry</source>
        <translation>هەوڵدانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Ignore</source>
        <translation>پشتگوێخستن</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="13"/>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="14"/>
        <source>&amp;Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="15"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>هەڵبژاردەکان &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="16"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>هەڵبژاردەکان &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="17"/>
        <source>All Pages</source>
        <translation>هەموو لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="18"/>
        <source>Odd Pages</source>
        <translation>لاپەڕە تاکەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="19"/>
        <source>Even Pages</source>
        <translation>لاپەڕە جووتەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="20"/>
        <source>Invalid Pages Definition</source>
        <translation>دیاریکردنی لاپەڕەکان هەڵەیە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="21"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>⁦%1⁩ بە شێوەی دروست نەنووسراوە. &apos;,&apos; بۆ جیاکردنەوەی مەودا و لاپەڕەکان بەکاربهێنە، &apos;-&apos; بۆ دیاریکردنی مەودا، و دڵنیابە کە مەوداکان بەسەر یەکدا ناکەون.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="24"/>
        <source>Duplex Settings Conflicts</source>
        <translation>ناکۆکی لە ڕێکخستنەکانی چاپی دوو ڕوودا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="25"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>ناکۆکی لە ڕێکخستنەکانی چاپی دوو ڕوودا هەیە. دەتەوێت چاکیان بکەیتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="27"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«لاپەڕە لە هەر کاغەزێکدا» و «کۆمەڵە لاپەڕە» پێکەوە بەکارناهێنرێن.
تکایە یەکێکیان ناچالاک بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="29"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>لە چەپەوە بۆ ڕاست، لە سەرەوە بۆ خوارەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="30"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>لە چەپەوە بۆ ڕاست، لە خوارەوە بۆ سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="31"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>لە ڕاستەوە بۆ چەپ، لە خوارەوە بۆ سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="32"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>لە ڕاستەوە بۆ چەپ، لە سەرەوە بۆ خوارەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="33"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>لە خوارەوە بۆ سەرەوە، لە چەپەوە بۆ ڕاست</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="34"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>لە خوارەوە بۆ سەرەوە، لە ڕاستەوە بۆ چەپ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="35"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>لە سەرەوە بۆ خوارەوە، لە چەپەوە بۆ ڕاست</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="36"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>لە سەرەوە بۆ خوارەوە، لە ڕاستەوە بۆ چەپ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="69"/>
        <source>Printer Properties</source>
        <translation>تایبەتمەندییەکانی چاپکەر</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="70"/>
        <source>Job Options</source>
        <translation>هەڵبژاردەکانی کاری چاپ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="71"/>
        <source>Page Setup Conflicts</source>
        <translation>ناکۆکی لە ڕێکخستنی لاپەڕەدا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="72"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>ناکۆکی لە هەڵبژاردەکانی ڕێکخستنی لاپەڕەدا هەیە. دەتەوێت چاکیان بکەیتەوە؟</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="74"/>
        <source>Advanced Option Conflicts</source>
        <translation>ناکۆکی لە هەڵبژاردە پێشکەوتووەکاندا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="75"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>ناکۆکی لە هەندێک هەڵبژاردەی پێشکەوتوودا هەیە. دەتەوێت چاکیان بکەیتەوە؟</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="77"/>
        <source>Page</source>
        <translation>لاپەڕە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="78"/>
        <source>Advanced</source>
        <translation>پێشکەوتوو</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="79"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>ناکۆکی لە هەندێک هەڵبژاردەدا هەیە. تکایە چاکیان بکەرەوە.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="43"/>
        <source>Copies</source>
        <translation>کۆپییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="44"/>
        <source>Options</source>
        <translation>هەڵبژاردەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="45"/>
        <source>Print range</source>
        <translation>مەودای چاپکردن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="46"/>
        <source>Print all</source>
        <translation>هەمووی چاپ بکە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="47"/>
        <source>Pages from</source>
        <translation>لاپەڕەکان لە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="48"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="49"/>
        <source>Pages</source>
        <translation>لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="50"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>لاپەڕەکان یان مەوداکان بنووسە و بە کۆما (,) لێکیان جیا بکەرەوە. مەودا بە دوو ژمارە دەنووسرێت و هێڵێک (-) دەکەوێتە نێوانیان. بۆ نموونە: ⁦3,5-7,9⁩ لاپەڕەکانی 3، 5، 6، 7 و 9 چاپ دەکات.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="54"/>
        <source>Current Page</source>
        <translation>لاپەڕەی ئێستا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="55"/>
        <source>Selection</source>
        <translation>بەشی دیاریکراو</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="56"/>
        <source>Page &amp;Set:</source>
        <translation>کۆمەڵە لاپەڕە:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="57"/>
        <source>Output Settings</source>
        <translation>ڕێکخستنەکانی چاپ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="58"/>
        <source>Copies:</source>
        <translation>ژمارەی کۆپی:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="59"/>
        <source>Collate</source>
        <translation>ڕیزکردنی کۆپییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="60"/>
        <source>Reverse</source>
        <translation>بە پێچەوانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="61"/>
        <source>Color Mode</source>
        <translation>شێوازی ڕەنگ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="62"/>
        <source>Color</source>
        <translation>ڕەنگاوڕەنگ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="63"/>
        <source>Grayscale</source>
        <translation>ڕەش و سپی</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="64"/>
        <source>Double Sided Printing</source>
        <translation>چاپکردن لەسەر هەردوو ڕوو</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="65"/>
        <source>Off</source>
        <translation>ناچالاک</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="66"/>
        <source>Long side binding</source>
        <translation>بەستنەوە لە لای درێژەوە</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="67"/>
        <source>Short side binding</source>
        <translation>بەستنەوە لە لای کورتەوە</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="37"/>
        <source>Printer</source>
        <translation>چاپکەر</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>ناو:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="39"/>
        <source>P&amp;roperties</source>
        <translation>تایبەتمەندییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="40"/>
        <source>Location:</source>
        <translation>شوێن:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="41"/>
        <source>Preview</source>
        <translation>پێشبینین</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="42"/>
        <source>Type:</source>
        <translation>جۆر:</translation>
    </message>
</context>
<context>
    <name>ReasonBox</name>
    <message>
        <location filename="../../ui/reason_box.py" line="25"/>
        <source>Reason (optional), kept in the audit trail:</source>
        <translation>هۆکار (ئارەزوومەندانە)، لە تۆماری وردبینیدا دەپارێزرێت:</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../ui/labels.py" line="279"/>
        <source>mother</source>
        <translation>دایک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>father</source>
        <translation>باوک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>child</source>
        <translation>منداڵ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>sibling</source>
        <translation>خوشک / برا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>spouse</source>
        <translation>هاوسەر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>child born in captivity</source>
        <translation>منداڵی لەدایکبووی دیلی</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>parent</source>
        <translation>دایک یان باوک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>other</source>
        <translation>تر</translation>
    </message>
</context>
<context>
    <name>RelativesTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Relation</source>
        <translation>خزمایەتی</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Case</source>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="272"/>
        <source>Case number, e.g. %1</source>
        <translation>ژمارەی دۆسیە، بۆ نموونە %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="240"/>
        <source>Link relative</source>
        <translation>بەستنەوەی خزم</translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message>
        <location filename="../../ui/removals.py" line="24"/>
        <source>Remove this photo from %1?</source>
        <translation>ئەم وێنەیە لە %1 لاببرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="25"/>
        <source>Its image is erased from the vault, not only hidden: it is printed on no paper again. The history keeps that a photo was removed, not the image. This cannot be undone.</source>
        <translation>وێنەکە لە گەنجینەکە دەسڕدرێتەوە، نەک تەنها دەشاردرێتەوە: ئیتر لەسەر هیچ پەڕەیەک چاپ ناکرێت. مێژووەکە ئەوە دەپارێزێت کە وێنەیەک لابرا، نەک خودی وێنەکە. ئەمە ناگەڕێندرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="31"/>
        <source>Remove the family contact %1 from %2?</source>
        <translation>پەیوەندیی خێزانی %1 لە %2 لاببرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="35"/>
        <source>It was read from %1, row %2: that row stays in the import&apos;s record as the list gave it.</source>
        <translation>لە %1، ڕیزی %2 خوێندرایەوە: ئەو ڕیزە وەک لیستەکە دابووی لە تۆماری هاوردەکردنەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="38"/>
        <source>This cannot be undone.</source>
        <translation>ئەمە ناگەڕێندرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="42"/>
        <source>Remove the link between %1 and %2 (%3)?</source>
        <translation>پەیوەندیی نێوان %1 و %2 (%3) لاببرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="44"/>
        <source>Both records stay; neither names the other as a relative any more, on its page or its papers. This cannot be undone.</source>
        <translation>هەردوو تۆمارەکە دەمێنن؛ ئیتر هیچیان ئەوی تر وەک خزم ناو نابات، نە لە پەڕەکەیدا و نە لە بەڵگەنامەکانیدا. ئەمە ناگەڕێندرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="50"/>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="264"/>
        <source>The report needs its text: what was seen or heard.</source>
        <translation>ڕاپۆرتەکە دەقەکەی پێویستە: ئەوەی بینرا یان بیسترا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="286"/>
        <location filename="../../ui/person_ops.py" line="309"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Received</source>
        <translation>کاتی وەرگرتن</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="288"/>
        <location filename="../../ui/person_ops.py" line="310"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Observed</source>
        <translation>کاتی بینین</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="328"/>
        <source>Say why the report proved false.</source>
        <translation>بڵێ بۆچی ڕاپۆرتەکە درۆ دەرچوو.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="333"/>
        <source>When it proved false</source>
        <translation>کەی درۆ دەرچوو</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <location filename="../../ui/record_tabs.py" line="85"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Credibility</source>
        <translation>باوەڕپێکراوی</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="78"/>
        <source>Text</source>
        <translation>دەق</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <location filename="../../ui/record_tabs.py" line="98"/>
        <source>Could identify the source</source>
        <translation>لەوانەیە سەرچاوە ئاشکرا بکات</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="83"/>
        <source>Received (e.g. 03/2019)</source>
        <translation>کاتی وەرگرتن (بۆ نموونە 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="84"/>
        <source>Observed (e.g. 2018)</source>
        <translation>کاتی بینین (بۆ نموونە 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="86"/>
        <source>Source code name</source>
        <translation>ناوی نهێنی سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="87"/>
        <source>What was reported</source>
        <translation>چی ڕاپۆرت کرا</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="95"/>
        <source>Credibility not judged</source>
        <translation>باوەڕپێکراوی هەڵنەسەنگێنراوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="102"/>
        <source>Add report</source>
        <translation>زیادکردنی ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="105"/>
        <source>Save changes</source>
        <translation>پاشەکەوتکردنی گۆڕانکارییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="111"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="113"/>
        <source>Change the chosen report</source>
        <translation>گۆڕینی ڕاپۆرتی هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="116"/>
        <source>Not about her</source>
        <translation>دەربارەی ئەو نییە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="119"/>
        <source>The chosen report was filed under her by mistake: take her off it. The report stays, about the others it names.</source>
        <translation>ڕاپۆرتی هەڵبژێردراو بە هەڵە لەژێر ناوی ئەو تۆمارکراوە: لەسەری لای ببە. ڕاپۆرتەکە دەمێنێتەوە، دەربارەی ئەوانی تر کە ناویان دەهێنێت.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="143"/>
        <source>Also about other women (sisters seen together)?</source>
        <translation>دەربارەی ئافرەتانی تریشە (خوشکانێک پێکەوە بینراون)؟</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="145"/>
        <source>%1 is already among the persons of this report.</source>
        <translation>%1 پێشتر لەنێو کەسەکانی ئەم ڕاپۆرتەدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="151"/>
        <source>%1 is the case number of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 ژمارەی دۆسیەی ئەم پەڕەیەیە: ڕاپۆرتەکە پێشتر لەژێریدا تۆمار کراوە. ژمارەی دۆسیەی ئافرەتێکی تر بنووسە کە ڕاپۆرتەکە دەربارەی ئەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="154"/>
        <source>%1 is merged into %2, the record of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 تێکەڵی %2 کراوە، تۆماری ئەم پەڕەیە: ڕاپۆرتەکە پێشتر لەژێریدا تۆمار کراوە. ژمارەی دۆسیەی ئافرەتێکی تر بنووسە کە ڕاپۆرتەکە دەربارەی ئەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="156"/>
        <source>%1 and %2, the record of this page, are one woman, kept as %3: the report is filed under her already. Type the case number of another woman the report is about.</source>
        <translation>%1 و %2، تۆماری ئەم پەڕەیە، یەک ئافرەتن کە وەک %3 هەڵگیراوە: ڕاپۆرتەکە پێشتر لەژێر ئەودا تۆمار کراوە. ژمارەی دۆسیەی ئافرەتێکی تر بنووسە کە ڕاپۆرتەکە دەربارەی ئەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="163"/>
        <source>A report about other women too, sisters seen together, is filed once: type each one&apos;s case number, then Add person.</source>
        <translation>ڕاپۆرتێک کە دەربارەی ئافرەتانی تریشە، وەک خوشکانێک پێکەوە بینرابن، یەک جار تۆمار دەکرێت: ژمارەی دۆسیەی هەر یەکێکیان بنووسە، پاشان زیادکردنی کەس.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>Yes: withheld</source>
        <translation>بەڵێ: شاردراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="303"/>
        <source>Also about the women above. Another?</source>
        <translation>دەربارەی ئەو ئافرەتانەی سەرەوەشە. یەکێکی تر؟</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="306"/>
        <source>Save changes to report %1</source>
        <translation>پاشەکەوتکردنی گۆڕانکارییەکانی ڕاپۆرتی %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="312"/>
        <source>A report that could identify its informant keeps its text out of every document for a court, a family or the public. Leave it ticked unless you are sure nothing in it could lead to the source.</source>
        <translation>دەقی ڕاپۆرتێک کە لەوانەیە سەرچاوەکەی ئاشکرا بکات، لە هیچ بەڵگەنامەیەک بۆ دادگا، خێزان یان گشتی نانووسرێت. نیشانکراو بیهێڵەوە، مەگەر دڵنیا بیت هیچ شتێکی تێدا نییە کە ڕێ بۆ سەرچاوەکە بکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>a space</source>
        <translation>بۆشایی</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>A source code holds only Latin letters %1, digits %2 and %3 (e.g. %4); %5 holds %6.</source>
        <translation>کۆدی سەرچاوە تەنها بە پیتی لاتینی %1 و ژمارەی %2 و %3 دەنووسرێت (وەک %4)، بەڵام %5 ئەمەی تێدایە: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>A source code is at most %1 characters long (e.g. %2); %3 has %4.</source>
        <translation>کۆدی سەرچاوە لە %1 پیت درێژتر نابێت (وەک %2)، بەڵام %3 %4 پیتە.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>A source code begins with a Latin letter or a digit, not %1 (e.g. %2).</source>
        <translation>کۆدی سەرچاوە بە پیتێکی لاتینی یان ژمارەیەک دەست پێدەکات، نەک بە %1 (وەک %2).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>A source code holds at least one digit (e.g. %1): a name is not a code, and papers print it; who a code stands for is not kept in CaseKeeper.</source>
        <translation>کۆدی سەرچاوە لانیکەم یەک ژمارەی تێدایە (وەک %1): ناو کۆد نییە، و بەڵگەنامەکان چاپی دەکەن؛ ئەوەی کۆدەکە ئاماژەی پێ دەکات لە CaseKeeper هەڵناگیرێت.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Received</source>
        <translation>کاتی وەرگرتن</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Observed</source>
        <translation>کاتی بینین</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Credibility</source>
        <translation>باوەڕپێکراوی</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Could identify the source</source>
        <translation>لەوانەیە سەرچاوە ئاشکرا بکات</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Text</source>
        <translation>دەق</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="99"/>
        <source>Filter: a source code (K7), or words of the text, the place or a case number</source>
        <translation>پاڵاوتن: کۆدی سەرچاوە (K7)، یان وشەکانی دەق، شوێن یان ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="107"/>
        <source>Reading the reports...</source>
        <translation>خوێندنەوەی ڕاپۆرتەکان...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>Yes: withheld</source>
        <translation>بەڵێ: شاردراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="150"/>
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>ڕاپۆرتەکان: %1 لە %n</numerusform>
            <numerusform>ڕاپۆرتەکان: %1 لە %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="152"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>ڕاپۆرتەکان: %n</numerusform>
            <numerusform>ڕاپۆرتەکان: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="63"/>
        <source>Proved false %1: %2</source>
        <translation>درۆ دەرچوو %1: %2</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="57"/>
        <source>e.g. 12500</source>
        <translation>بۆ نموونە 12500</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="70"/>
        <source>e.g. intermediary M-2</source>
        <translation>بۆ نموونە ناوبژیوان M-2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="73"/>
        <source>e.g. release</source>
        <translation>بۆ نموونە ئازادکردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="75"/>
        <source>Take off</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="137"/>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="138"/>
        <source>Delete rescue...</source>
        <translation>سڕینەوەی ڕزگارکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="140"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="179"/>
        <source>The operation</source>
        <translation>کردەوەکە</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>e.g. 20/03/2019, 03/2019, 2019</source>
        <translation>بۆ نموونە 20/03/2019، 03/2019، 2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="183"/>
        <source>Handover to family</source>
        <translation>ڕادەستکردن بە خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="184"/>
        <source>the day, e.g. 25/03/2019</source>
        <translation>ڕۆژەکە، بۆ نموونە 25/03/2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>where she was held</source>
        <translation>ئەو شوێنەی لێی ڕاگیرابوو</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="186"/>
        <source>Route</source>
        <translation>ڕێگا</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="187"/>
        <source>Handover point</source>
        <translation>شوێنی ڕادەستکردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>code names only</source>
        <translation>تەنها ناوی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="189"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>Needs</source>
        <translation>پێداویستییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>medical, shelter, papers</source>
        <translation>چارەسەری پزیشکی، پەناگە، بەڵگەنامە</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="198"/>
        <source>Status it gives</source>
        <translation>ئەو دۆخەی دەیدات</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="206"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="213"/>
        <source>Freed: rescued (reunited at the handover to family, when its date is given)</source>
        <translation>ئازاد کرا: ڕزگارکراوە (لە ڕۆژی ڕادەستکردن بە خێزان گەڕاوەتەوە بۆ خێزان، ئەگەر ڕێکەوتەکەی درابێت)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="215"/>
        <source>Freed and back with the family: reunited</source>
        <translation>ئازاد کرا و گەڕایەوە بۆ خێزانەکەی</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="216"/>
        <source>Not freed (it failed, or freed someone else): no status</source>
        <translation>ئازاد نەکرا (سەرکەوتوو نەبوو، یان کەسێکی تری ئازاد کرد): بێ دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="219"/>
        <source>Persons it freed</source>
        <translation>ئەو کەسانەی ئازادی کردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="223"/>
        <source>No one yet: type the case number of each woman it freed, then Add person.</source>
        <translation>هێشتا کەس نییە: ژمارەی دۆسیەی هەر ئافرەتێک کە ئازادی کرد بنووسە، پاشان زیادکردنی کەس.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="45"/>
        <source>Add person</source>
        <translation>زیادکردنی کەس</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="47"/>
        <source>Take the chosen person off</source>
        <translation>لابردنی کەسی هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="71"/>
        <source>Case number, e.g. %1</source>
        <translation>ژمارەی دۆسیە، بۆ نموونە %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="126"/>
        <source>%1 is merged into %2, who is listed already.</source>
        <translation>%1 تێکەڵی %2 کراوە، کە پێشتر لە لیستەکەدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="128"/>
        <source>%1 and %2, who is listed already, are one woman, kept as %3.</source>
        <translation>%1 و %2، کە پێشتر لە لیستەکەدایە، یەک ئافرەتن کە وەک %3 هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="236"/>
        <source>Ledger: what was paid, and to whom</source>
        <translation>تێچووەکان: چی درا و بە کێ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Amount</source>
        <translation>بڕ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Currency</source>
        <translation>دراو</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Paid to</source>
        <translation>درا بە</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Purpose</source>
        <translation>مەبەست</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="240"/>
        <source>No payment is recorded for this rescue.</source>
        <translation>هیچ پارەدانێک بۆ ئەم ڕزگارکردنە تۆمار نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="243"/>
        <source>Add a ledger line</source>
        <translation>زیادکردنی دێڕێکی تێچوو</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="258"/>
        <source>New rescue</source>
        <translation>ڕزگارکردنی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="272"/>
        <source>Rescue %1</source>
        <translation>ڕزگارکردنی %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="283"/>
        <source>Not said (recorded before a rescue gave a status): no status</source>
        <translation>نەگوتراوە (پێش ئەوەی ڕزگارکردن دۆخ بدات تۆمارکراوە): بێ دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="361"/>
        <source>Total: %1</source>
        <translation>کۆی گشتی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="364"/>
        <source>(line %1 not read: see its amount and currency)</source>
        <translation>(دێڕی %1 نەخوێندرایەوە: بڕ و دراوەکەی ببینە)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="224"/>
        <source>%1 is already among the persons of this rescue.</source>
        <translation>%1 پێشتر لەناو کەسەکانی ئەم ڕزگارکردنەدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="65"/>
        <source>USD, IQD, another currency&apos;s three letters, or its name (dollar, dinar, euro)</source>
        <translation>USD، IQD، سێ پیتەکەی دراوێکی تر، یان ناوەکەی (دۆلار، دینار، یۆرۆ)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="433"/>
        <source>Rescue %1 recorded.</source>
        <translation>ڕزگارکردنی %1 تۆمار کرا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="434"/>
        <source>Rescue %1 saved.</source>
        <translation>ڕزگارکردنی %1 پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="435"/>
        <source>Rescue %1 already says so: nothing changed.</source>
        <translation>ڕزگارکردنی %1 پێشتر ئەمە دەڵێت: هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="436"/>
        <source>Rescue %1 deleted, with its ledger and the statuses it gave.</source>
        <translation>ڕزگارکردنی %1 سڕایەوە، لەگەڵ تێچووەکانی و ئەو دۆخانەی دابوونی.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="441"/>
        <source>Ledger now: %1; it was: %2</source>
        <translation>تێچووەکان ئێستا: %1؛ پێشتر: %2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="450"/>
        <source>%1 is now %2.</source>
        <translation>دۆخی %1 ئێستا: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="454"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>دۆخی %1 ئێستا: %2 (پێشتر: %3): دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="455"/>
        <source>%1 is now %2 (was %3).</source>
        <translation>دۆخی %1 ئێستا: %2 (پێشتر: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="459"/>
        <source>%1 stays %2.</source>
        <translation>دۆخی %1 وەک خۆی دەمێنێتەوە: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="463"/>
        <source>%1 stays %2: her death is dated so that it may come after this rescue. If it was reported in error, withdraw it (casekeeper person status-withdraw %1 deceased --reason ...).</source>
        <translation>دۆخی %1 وەک خۆی دەمێنێتەوە: %2: ڕێکەوتی مردنەکەی وایە کە لەوانەیە دوای ئەم ڕزگارکردنە بێت. ئەگەر بە هەڵە ڕاپۆرت کرابێت، بیکشێنەوە (casekeeper person status-withdraw %1 deceased --reason ...).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="468"/>
        <source>%1 stays %2: a status later or further along her case.</source>
        <translation>دۆخی %1 وەک خۆی دەمێنێتەوە: %2: دۆخێکی دواتر یان پێشکەوتووتر لە دۆسیەکەیدا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="471"/>
        <source>%1 is taken off this rescue; her status is now %2.</source>
        <translation>%1 لەم ڕزگارکردنە لابرا؛ دۆخی ئێستای: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="481"/>
        <source>no date</source>
        <translation>بێ ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="483"/>
        <source>Delete rescue %1 (%2) of %3?</source>
        <translation>ڕزگارکردنی %1 (%2)ی %3 بسڕدرێتەوە؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rescue_dialog.py" line="484"/>
        <source>Its ledger of %n line(s) and the statuses it gave go with it: each woman&apos;s status is worked out again without it. The audit trail keeps that it was deleted.</source>
        <translation>
            <numerusform>تێچووەکانی (%n دێڕ) و ئەو دۆخانەی دابوونی لەگەڵیدا دەڕۆن: دۆخی هەر ئافرەتێک بەبێ ئەو دووبارە دادەنرێتەوە. تۆماری پشکنین دەیپارێزێت کە سڕاوەتەوە.</numerusform>
            <numerusform>تێچووەکانی (%n دێڕ) و ئەو دۆخانەی دابوونی لەگەڵیدا دەڕۆن: دۆخی هەر ئافرەتێک بەبێ ئەو دووبارە دادەنرێتەوە. تۆماری پشکنین دەیپارێزێت کە سڕاوەتەوە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="488"/>
        <source>Delete rescue</source>
        <translation>ڕزگارکردنەکە بسڕەوە</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="522"/>
        <source>The rescue has changes that are not saved. Close it all the same, without them?</source>
        <translation>ڕزگارکردنەکە گۆڕانکاری پاشەکەوتنەکراوی هەیە. هەر دایبخەیت، بەبێ ئەوان؟</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="524"/>
        <source>Close without saving</source>
        <translation>داخستن بەبێ پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="41"/>
        <source>Type her case number (e.g. SNJ-00012), then Add person.</source>
        <translation>ژمارەی دۆسیەکەی بنووسە (بۆ نموونە SNJ-00012)، پاشان زیادکردنی کەس.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="48"/>
        <source>No person has the case number %1: check it on her papers. Nothing was added.</source>
        <translation>هیچ کەسێک ژمارەی دۆسیەی %1ی نییە: لە بەڵگەنامەکانیدا بیپشکنە. هیچ زیاد نەکرا.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="100"/>
        <source>Ledger line %1: %2 may be read two ways; write the amount with no separator, and a dot for a fraction (1500, 1.5).</source>
        <translation>دێڕی تێچووی %1: %2 دەکرێت بە دوو شێوە بخوێندرێتەوە؛ بڕەکە بەبێ جیاکەرەوە بنووسە، و خاڵێک بۆ کەرت (1500، 1.5).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="105"/>
        <source>Ledger line %1: %2 is no amount paid: an amount paid is more than 0.</source>
        <translation>دێڕی تێچووی %1: %2 بڕێکی دراو نییە: بڕی دراو لە 0 زیاترە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="109"/>
        <source>Ledger line %1 has no amount: write what was paid, or take the line off.</source>
        <translation>دێڕی تێچووی %1 بڕی نییە: ئەوەی درا بنووسە، یان دێڕەکە لاببە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="112"/>
        <source>Ledger line %1: %2 is not an amount; write digits, with at most two after a dot (12500, 2500.50).</source>
        <translation>دێڕی تێچووی %1: %2 بڕ نییە؛ ژمارە بنووسە، و دوای خاڵ زۆرترین دوو ژمارە (12500، 2500.50).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="124"/>
        <source>Ledger line %1 has no currency: choose one of %2, or write another&apos;s three letters.</source>
        <translation>دێڕی تێچووی %1 دراوی نییە: یەکێک لە %2 هەڵبژێرە، یان سێ پیتەکەی دراوێکی تر بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="131"/>
        <source>Ledger line %1: %2 is no currency code; did you mean %3? Write its three letters (%4) or its name (dollar, dinar, euro).</source>
        <translation>دێڕی تێچووی %1: %2 کۆدی دراو نییە؛ مەبەستت %3 بوو؟ سێ پیتەکەی بنووسە (%4) یان ناوی دراوەکە (دۆلار، دینار، یۆرۆ).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="135"/>
        <source>Ledger line %1: %2 is no currency code; write its three letters (%3) or its name (dollar, dinar, euro).</source>
        <translation>دێڕی تێچووی %1: %2 کۆدی دراو نییە؛ سێ پیتەکەی بنووسە (%3) یان ناوی دراوەکە (دۆلار، دینار، یۆرۆ).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="128"/>
        <source>Ledger line %1: %2 may be %3 or %4; choose which.</source>
        <translation>دێڕی تێچووی %1: %2 لەوانەیە %3 یان %4 بێت؛ هەڵبژێرە کامیانە.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="162"/>
        <source>The rescue names no one: add the persons it freed.</source>
        <translation>ڕزگارکردنەکە ناوی هیچ کەسێک ناهێنێت: ئەو کەسانە زیاد بکە کە ئازادی کردن.</translation>
    </message>
</context>
<context>
    <name>RescueForm</name>
    <message>
        <location filename="../../ui/person_ops.py" line="342"/>
        <location filename="../../ui/rescue_ops.py" line="169"/>
        <source>The rescue needs at least its date, where from, or its outcome.</source>
        <translation>ڕزگارکردنەکە لانیکەم بەروار، شوێن یان ئەنجامەکەی پێویستە.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="346"/>
        <location filename="../../ui/rescue_ops.py" line="145"/>
        <source>Rescue date</source>
        <translation>ڕێکەوتی ڕزگارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="347"/>
        <location filename="../../ui/rescue_ops.py" line="146"/>
        <source>Handover to family</source>
        <translation>ڕادەستکردن بە خێزان</translation>
    </message>
</context>
<context>
    <name>RescuesTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <location filename="../../ui/record_tabs.py" line="333"/>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <location filename="../../ui/record_tabs.py" line="334"/>
        <source>Handover point</source>
        <translation>شوێنی ڕادەستکردن</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <source>Handover to family</source>
        <translation>ڕادەستکردن بە خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="329"/>
        <location filename="../../ui/record_tabs.py" line="337"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="332"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>ڕێکەوت (بۆ نموونە 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="336"/>
        <source>Handover to family (e.g. 25/03/2019)</source>
        <translation>ڕادەستکردن بە خێزان (بۆ نموونە 25/03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="338"/>
        <source>Add rescue</source>
        <translation>زیادکردنی ڕزگارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="343"/>
        <source>She was freed: rescued</source>
        <translation>ئازاد کرا: ڕزگارکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="344"/>
        <source>Freed and back with her family: reunited</source>
        <translation>ئازاد کرا و گەڕایەوە بۆ خێزانەکەی</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="345"/>
        <source>Not freed: no status</source>
        <translation>ئازاد نەکرا: بێ دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="351"/>
        <source>Add rescue...</source>
        <translation>زیادکردنی ڕزگارکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="354"/>
        <source>Every field of the rescue, the others freed with her, and what was paid to whom</source>
        <translation>هەموو خانەکانی ڕزگارکردن، ئەوانی تر کە لەگەڵیدا ئازاد کران، و چی درا بە کێ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="357"/>
        <source>Change the chosen rescue...</source>
        <translation>گۆڕینی ڕزگارکردنی هەڵبژێردراو...</translation>
    </message>
</context>
<context>
    <name>RescuesView</name>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Handover point</source>
        <translation>شوێنی ڕادەستکردن</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Handover to family</source>
        <translation>ڕادەستکردن بە خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Paid</source>
        <translation>پارەی دراو</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="197"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="211"/>
        <source>New rescue...</source>
        <translation>ڕزگارکردنی نوێ...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="213"/>
        <source>Record a rescue: its date, the women it freed (by case number), what was paid</source>
        <translation>تۆمارکردنی ڕزگارکردنێک: ڕێکەوتەکەی، ئەو ئافرەتانەی ئازادی کردن (بە ژمارەی دۆسیە)، و ئەوەی درا</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="216"/>
        <source>Filter: a name, a case number or a year</source>
        <translation>پاڵاوتن: ناوێک، ژمارەی دۆسیەیەک یان ساڵێک</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="219"/>
        <source>Open rescue...</source>
        <translation>کردنەوەی ڕزگارکردن...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="222"/>
        <source>The chosen rescue in the rescue form, to read, change or delete it (or double-click it, or press Enter)</source>
        <translation>ڕزگارکردنی هەڵبژێردراو لە فۆرمەکەیدا، بۆ خوێندنەوە، گۆڕین یان سڕینەوەی (یان دوو جار کرتەی لەسەر بکە، یان Enter دابگرە)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="224"/>
        <source>Open her page</source>
        <translation>کردنەوەی پەڕەکەی</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="227"/>
        <source>The page of a woman the chosen rescue freed (a list of them when it freed several)</source>
        <translation>پەڕەی ئافرەتێک کە ڕزگارکردنی هەڵبژێردراو ئازادی کرد (لیستێکیان ئەگەر چەند ئافرەتێکی ئازاد کردبێت)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="251"/>
        <source>Reading the rescue operations...</source>
        <translation>خوێندنەوەی کردەوەکانی ڕزگارکردن...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="308"/>
        <source>%1 of %n rescue operation(s)</source>
        <translation>
            <numerusform>کردەوەکانی ڕزگارکردن: %1 لە %n</numerusform>
            <numerusform>کردەوەکانی ڕزگارکردن: %1 لە %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="310"/>
        <source>%n rescue operation(s)</source>
        <translation>
            <numerusform>کردەوەکانی ڕزگارکردن: %n</numerusform>
            <numerusform>کردەوەکانی ڕزگارکردن: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="382"/>
        <source>Open the page of %1</source>
        <translation>کردنەوەی پەڕەی %1</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="406"/>
        <source>Open rescue %1...</source>
        <translation>کردنەوەی ڕزگارکردنی %1...</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/restore_page.py" line="65"/>
        <source>Restore the vault from a backup</source>
        <translation>گەڕاندنەوەی گەنجینە لە یەدەگێکەوە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="83"/>
        <source>Choose...</source>
        <translation>هەڵبژێرە...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="93"/>
        <location filename="../../ui/restore_page.py" line="119"/>
        <source>Passphrase of the backup</source>
        <translation>وشەی نهێنیی یەدەگەکە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="94"/>
        <source>Use the recovery code instead</source>
        <translation>لەجیاتی ئەوە کۆدی گەڕاندنەوە بەکاربهێنە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="98"/>
        <source>Backup folder</source>
        <translation>بوخچەی یەدەگ</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="102"/>
        <source>It is restored into this folder:</source>
        <translation>بۆ ئەم بوخچەیە دەگەڕێندرێتەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="104"/>
        <source>Restore</source>
        <translation>بگەڕێنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="107"/>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="118"/>
        <source>Recovery code of the backup</source>
        <translation>کۆدی گەڕاندنەوەی یەدەگەکە</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="144"/>
        <source>There is no folder %1: plug in the backup drive, or choose the folder again.</source>
        <translation>هیچ بوخچەیەکی %1 نییە: فلاشی یەدەگ بخەرە ناو لاپتۆپەکە، یان دووبارە بوخچەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="150"/>
        <source>%1 holds backups, not one backup: choose one of the folders in it (the newest is %2).</source>
        <translation>%1 چەند یەدەگێکی تێدایە، نەک یەک یەدەگ: یەکێک لە بوخچەکانی ناوی هەڵبژێرە (نوێترینیان: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="165"/>
        <source>Type the recovery code of the backup.</source>
        <translation>کۆدی گەڕاندنەوەی یەدەگەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="166"/>
        <source>Type the passphrase the vault had when the backup was made.</source>
        <translation>ئەو وشەی نهێنییە بنووسە کە گەنجینەکە لە کاتی گرتنی یەدەگەکەدا هەیبوو.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="174"/>
        <location filename="../../ui/restore_page.py" line="326"/>
        <location filename="../../ui/restore_page.py" line="336"/>
        <source>Checking the backup...</source>
        <translation>پشکنینی یەدەگەکە...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="346"/>
        <source>The backup opens and is whole: %n person record(s).</source>
        <translation>
            <numerusform>یەدەگەکە دەکرێتەوە و تەواوە: %n تۆماری کەسی تێدایە.</numerusform>
            <numerusform>یەدەگەکە دەکرێتەوە و تەواوە: %n تۆماری کەسی تێدایە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="191"/>
        <source>A vault is already on this laptop, in this folder:</source>
        <translation>گەنجینەیەک پێشتر لەسەر ئەم لاپتۆپە هەیە، لەم بوخچەیەدا:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="227"/>
        <source>%n person record(s) deleted in the backup since will leave the vault.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە لە یەدەگەکەدا سڕاونەتەوە لە گەنجینەکە دەردەچن.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە لە یەدەگەکەدا سڕاونەتەوە لە گەنجینەکە دەردەچن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="229"/>
        <source>The backup is newer than the vault on this laptop: %n person record(s) added since will come in.</source>
        <translation>
            <numerusform>یەدەگەکە نوێترە لە گەنجینەکەی سەر ئەم لاپتۆپە: %n تۆماری کەس کە لەو کاتەوە زیادکراون دێنە ناوی.</numerusform>
            <numerusform>یەدەگەکە نوێترە لە گەنجینەکەی سەر ئەم لاپتۆپە: %n تۆماری کەس کە لەو کاتەوە زیادکراون دێنە ناوی.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="237"/>
        <source>The vault on this laptop does not open with the backup&apos;s key: it is another vault, or it was given a new key since. What it holds that the backup does not (persons added since, persons deleted since to protect them) cannot be told, and case numbers given since may be given again.</source>
        <translation>ئەو گەنجینەیەی لەسەر ئەم لاپتۆپەیە بە کلیلی یەدەگەکە ناکرێتەوە: گەنجینەیەکی ترە، یان لەو کاتەوە کلیلێکی نوێی پێدراوە. ناتوانرێت بزانرێت چی تێدایە کە لە یەدەگەکەدا نییە (ئەو کەسانەی لەو کاتەوە زیادکراون، ئەو کەسانەی لەو کاتەوە بۆ پاراستنیان سڕاونەتەوە)، و ژمارەی ئەو دۆسیانەی لەو کاتەوە دراون لەوانەیە دووبارە بدرێنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="243"/>
        <source>The backup is of ANOTHER vault: its audit trail begins elsewhere.</source>
        <translation>یەدەگەکە هی گەنجینەیەکی ترە: تۆماری وردبینییەکەی لە شوێنێکی ترەوە دەست پێدەکات.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="245"/>
        <source>The backup is OLDER than the vault on this laptop (made %1): restoring it undoes what was done since.</source>
        <translation>یەدەگەکە کۆنترە لەو گەنجینەیەی لەسەر ئەم لاپتۆپەیە (لە %1 دروستکراوە): گەڕاندنەوەی ئەوەی لەو کاتەوە کراوە هەڵدەوەشێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="249"/>
        <source>The vault and the backup went apart (the vault was restored from an older backup since, or is a copy): each holds what the other does not.</source>
        <translation>گەنجینەکە و یەدەگەکە لێک جیابوونەتەوە (گەنجینەکە لەو کاتەوە لە یەدەگێکی کۆنترەوە گەڕێندراوەتەوە، یان کۆپییەکە): هەریەکەیان شتێکی تێدایە کە لەوی تردا نییە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="267"/>
        <source>%n person record(s) changed since would go back to what they were.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە گۆڕدراون دەگەڕێنەوە بۆ ئەوەی پێشتر بوون.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە گۆڕدراون دەگەڕێنەوە بۆ ئەوەی پێشتر بوون.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="257"/>
        <source>Case numbers given since will not be given again.</source>
        <translation>ژمارەی ئەو دۆسیانەی لەو کاتەوە دراون دووبارە نادرێنەوە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="264"/>
        <source>%n person record(s) changed since would go back to what they were, notes edited since among them.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە گۆڕدراون دەگەڕێنەوە بۆ ئەوەی پێشتر بوون، تێبینییەکانی لەو کاتەوە دەستکاریکراویش لەناویاندان.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە گۆڕدراون دەگەڕێنەوە بۆ ئەوەی پێشتر بوون، تێبینییەکانی لەو کاتەوە دەستکاریکراویش لەناویاندان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="269"/>
        <source>%n person record(s) added to the backup since would come in: %1.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە بۆ یەدەگەکە زیادکراون دێنە ناو گەنجینەکە: %1.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە بۆ یەدەگەکە زیادکراون دێنە ناو گەنجینەکە: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="271"/>
        <source>%n person record(s) deleted in the backup since would leave the vault: %1.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە لە یەدەگەکەدا سڕاونەتەوە لە گەنجینەکە دەردەچن: %1.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە لە یەدەگەکەدا سڕاونەتەوە لە گەنجینەکە دەردەچن: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="273"/>
        <source>%n person record(s) deleted since would come back: %1.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە سڕاونەتەوە دەگەڕێنەوە: %1.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە سڕاونەتەوە دەگەڕێنەوە: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="275"/>
        <source>%n person record(s) added since would be lost: %1.</source>
        <translation>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە زیادکراون ون دەبن: %1.</numerusform>
            <numerusform>%n تۆماری کەس کە لەو کاتەوە زیادکراون ون دەبن: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="286"/>
        <source>Unsaved edits kept in the vault when it locked would be lost: %1.</source>
        <translation>ئەو گۆڕانکارییە پاشەکەوتنەکراوانەی کاتی داخستنی گەنجینەکە تێیدا هەڵگیراون لەدەست دەچن: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="292"/>
        <source>%n setting(s) changed in the vault on this laptop (such as the idle lock) would go back to the backup&apos;s.</source>
        <translation>
            <numerusform>%n ڕێکخستنی گەنجینەکە کە لەسەر ئەم لاپتۆپە گۆڕدراون (وەک داخستن لە کاتی بێکاری) دەگەڕێنەوە بۆ ئەوەی یەدەگەکە.</numerusform>
            <numerusform>%n ڕێکخستنی گەنجینەکە کە لەسەر ئەم لاپتۆپە گۆڕدراون (وەک داخستن لە کاتی بێکاری) دەگەڕێنەوە بۆ ئەوەی یەدەگەکە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="301"/>
        <source>the New person form</source>
        <translation>فۆرمی «کەسی نوێ»</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (may hold %2)</source>
        <translation>%1 (لەوانەیە %2ی تێدابێت)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="313"/>
        <source>The vault was given a new key since the backup: the backup&apos;s key, passphrase and recovery code come back with it, and the ones set since no longer open it.</source>
        <translation>دوای یەدەگەکە کلیلێکی نوێ درایە گەنجینەکە: کلیل و وشەی نهێنی و کۆدی گەڕاندنەوەی یەدەگەکە لەگەڵیدا دەگەڕێنەوە، و ئەوانەی دواتر دانراون چیتر نایکەنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="316"/>
        <source>The passphrase was changed since the backup: the backup&apos;s passphrase opens the vault again, and the one set since no longer does.</source>
        <translation>دوای یەدەگەکە وشەی نهێنی گۆڕدرا: وشەی نهێنیی یەدەگەکە دووبارە گەنجینەکە دەکاتەوە، و ئەوەی دواتر دانراوە چیتر نایکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="319"/>
        <source>The recovery code was replaced since the backup: the backup&apos;s recovery code opens the vault again, and the one made since no longer does.</source>
        <translation>دوای یەدەگەکە کۆدی گەڕاندنەوە گۆڕدرا: کۆدی گەڕاندنەوەی یەدەگەکە دووبارە گەنجینەکە دەکاتەوە، و ئەوەی دواتر دروست کراوە چیتر نایکاتەوە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="347"/>
        <source>The backup opens, and its pages and tables are whole (not its trail&apos;s end: %1 is missing): %n person record(s).</source>
        <translation>
            <numerusform>یەدەگەکە دەکرێتەوە، و لاپەڕە و خشتەکانی تەواون (نەک کۆتایی تۆمارەکەی: %1 نییە): %n تۆماری کەسی تێدایە.</numerusform>
            <numerusform>یەدەگەکە دەکرێتەوە، و لاپەڕە و خشتەکانی تەواون (نەک کۆتایی تۆمارەکەی: %1 نییە): %n تۆماری کەسی تێدایە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="360"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without it). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has it, use that one.</source>
        <translation>لە تەنیشت یەدەگەکە نییە: %1 (کۆپیکردنێک کە پێش تەواوبوون ڕاوەستا، یان بەبێ ئەو کرا). لاپەڕە و خشتەکانی پشکنران و تەواون، بەڵام تۆماری پشکنینەکەی نەتوانرا بەرامبەر ئەو شوێنە بپشکنرێت کە کاتی دروستکردنی یەدەگەکە تێیدا کۆتایی هاتبوو، بۆیە ئەگەر لەو کاتەوە تۆمارێک لە کۆتاییەکەی لابرابێت دەرناکەوێت. هێشتا دەکرێت بگەڕێندرێتەوە؛ ئەگەر کۆپییەکی تری ئەم یەدەگە ئەو فایلەی تێدایە، ئەوە بەکاربهێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="367"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without them). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has them, use that one.</source>
        <translation>لە تەنیشت یەدەگەکە نییە: %1 (کۆپیکردنێک کە پێش تەواوبوون ڕاوەستا، یان بەبێ ئەوان کرا). لاپەڕە و خشتەکانی پشکنران و تەواون، بەڵام تۆماری پشکنینەکەی نەتوانرا بەرامبەر ئەو شوێنە بپشکنرێت کە کاتی دروستکردنی یەدەگەکە تێیدا کۆتایی هاتبوو، بۆیە ئەگەر لەو کاتەوە تۆمارێک لە کۆتاییەکەی لابرابێت دەرناکەوێت. هێشتا دەکرێت بگەڕێندرێتەوە؛ ئەگەر کۆپییەکی تری ئەم یەدەگە ئەوانی تێدایە، ئەوە بەکاربهێنە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="373"/>
        <source>Missing beside the backup: %1. It only says which vault the backup is of; the backup&apos;s audit trail was checked against where it ended when it was made.</source>
        <translation>لە تەنیشت یەدەگەکە نییە: %1. تەنها دەڵێت یەدەگەکە هی کام گەنجینەیە؛ تۆماری پشکنینی یەدەگەکە بەرامبەر ئەو شوێنە پشکنرا کە کاتی دروستکردنی تێیدا کۆتایی هاتبوو.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="383"/>
        <source>The vault that was here is kept, not deleted, in this folder:</source>
        <translation>ئەو گەنجینەیەی لێرە بوو هەڵگیراوە، نەسڕاوەتەوە، لەم بوخچەیەدا:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="385"/>
        <source>What was in the vault&apos;s folder before is kept in this folder:</source>
        <translation>ئەوەی پێشتر لە بوخچەی گەنجینەدا بوو لەم بوخچەیەدا هەڵگیراوە:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="388"/>
        <source>It opens with the passphrase and recovery code it had, and CaseKeeper never deletes it: once you have checked the restored vault, delete that folder yourself.</source>
        <translation>بە وشەی نهێنی و کۆدی گەڕاندنەوەی خۆی دەکرێتەوە، و CaseKeeper هەرگیز نایسڕێتەوە: دوای ئەوەی گەنجینە گەڕێندراوەکەت پشکنی، خۆت ئەو بوخچەیە بسڕەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="393"/>
        <source>Deleted first, beside the vault: %1, the copy of a backup that an earlier restore left when it was cut off.</source>
        <translation>سەرەتا لە تەنیشت گەنجینەکە سڕایەوە: %1، ئەو کۆپییەی یەدەگێک کە گەڕاندنەوەیەکی پێشووی پچڕاو بەجێی هێشتبوو.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="411"/>
        <source>A passphrase set since the backup does not open it.</source>
        <translation>وشەی نهێنییەک کە دوای یەدەگەکە دانراوە نایکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="413"/>
        <source>The recovery code replaced since the backup opens it again: if that code may be in other hands, make a new one now (Vault &gt; New recovery code...).</source>
        <translation>کۆدی گەڕاندنەوەیەک کە دوای یەدەگەکە گۆڕدرا دیسان دەیکاتەوە: ئەگەر ئەو کۆدە لەوانەیە لە دەستی کەسانی تردا بێت، ئێستا کۆدێکی نوێ دروست بکە (گەنجینە &gt; کۆدی گەڕاندنەوەی نوێ...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="417"/>
        <source>The passphrase replaced since the backup opens it again: if it may be known, change it now (Vault &gt; Change passphrase...).</source>
        <translation>ئەو وشەی نهێنییەی دوای یەدەگەکە گۆڕدرا دیسان دەیکاتەوە: ئەگەر لەوانەیە زانرابێت، ئێستا بیگۆڕە (گەنجینە &gt; گۆڕینی وشەی نهێنی...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="402"/>
        <source>A passphrase set since the backup does not open it, and a recovery code made void since (a new key) opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>وشەی نهێنییەک کە دوای یەدەگەکە دانراوە نایکاتەوە، و کۆدی گەڕاندنەوەیەک کە دواتر پووچەڵ کراوەتەوە (بە کلیلێکی نوێ) دیسان دەیکاتەوە: ئەگەر ئەو کۆدە لەوانەیە لە دەستی کەسانی تردا بێت، ئێستا کلیلێکی نوێ دروست بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="406"/>
        <source>A passphrase set since the backup does not open it, and if the vault was given a new key since, the recovery code it made void opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>وشەی نهێنییەک کە دوای یەدەگەکە دانراوە نایکاتەوە، و ئەگەر دواتر کلیلێکی نوێ درابێتە گەنجینەکە، ئەو کۆدی گەڕاندنەوەیەی کە پووچەڵی کردەوە دیسان دەیکاتەوە: ئەگەر ئەو کۆدە لەوانەیە لە دەستی کەسانی تردا بێت، ئێستا کلیلێکی نوێ دروست بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="193"/>
        <source>It will be moved aside, not deleted, to a new folder beside it, named with the date and time, like %1</source>
        <translation>لاوە دەنرێت، ناسڕدرێتەوە، بۆ بوخچەیەکی نوێ لە تەنیشتیەوە کە بەروار و کات لە ناوەکەیدایە، وەک %1</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="73"/>
        <source>Choose the backup&apos;s folder on the backup drive (its name is like %1) and type the passphrase the vault had when the backup was made. The backup is checked before anything changes. A vault already on this laptop is moved aside, never deleted.</source>
        <translation>بوخچەی یەدەگەکە لەسەر فلاشی یەدەگ هەڵبژێرە (ناوەکەی وەک %1 وایە) و ئەو وشەی نهێنییە بنووسە کە گەنجینەکە لە کاتی گرتنی یەدەگەکەدا هەیبوو. یەدەگەکە پێش ئەوەی هیچ شتێک بگۆڕێت دەپشکنرێت. گەنجینەیەک کە پێشتر لەسەر ئەم لاپتۆپە هەیە لاوە دەنرێت، هەرگیز ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="138"/>
        <source>Choose the backup folder on the backup drive: its name is like %1.</source>
        <translation>بوخچەی یەدەگ لەسەر فلاشی یەدەگ هەڵبژێرە: ناوەکەی وەک %1 وایە.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="197"/>
        <source>Put the backup in its place?</source>
        <translation>یەدەگەکە لە شوێنی ئەو دابنرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="215"/>
        <source>Nothing was restored; the vault is as it was.</source>
        <translation>هیچ نەگەڕێندرایەوە؛ گەنجینەکە وەک خۆی ماوە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="254"/>
        <source>%n change(s) since to reports, rescues, imports or the vault&apos;s settings would be lost.</source>
        <translation>
            <numerusform>%n گۆڕانکاری لەو کاتەوە لە ڕاپۆرتەکان، ڕزگارکردنەکان، هاوردەکان یان ڕێکخستنەکانی گەنجینە ون دەبن.</numerusform>
            <numerusform>%n گۆڕانکاری لەو کاتەوە لە ڕاپۆرتەکان، ڕزگارکردنەکان، هاوردەکان یان ڕێکخستنەکانی گەنجینە ون دەبن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="337"/>
        <source>Copying the backup into the vault&apos;s folder...</source>
        <translation>کۆپیکردنی یەدەگەکە بۆ بوخچەی گەنجینە...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="338"/>
        <source>Checking the copy and its audit trail...</source>
        <translation>پشکنینی کۆپییەکە و تۆماری پشکنینەکەی...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="378"/>
        <source>The backup was restored: %n person record(s).</source>
        <translation>
            <numerusform>یەدەگەکە گەڕێندرایەوە: %n تۆماری کەسی تێدایە.</numerusform>
            <numerusform>یەدەگەکە گەڕێندرایەوە: %n تۆماری کەسی تێدایە.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="396"/>
        <source>Unlock it with the passphrase the vault had when the backup was made (or use its recovery code to set a new one).</source>
        <translation>بەو وشەی نهێنییە بیکەرەوە کە گەنجینەکە لە کاتی گرتنی یەدەگەکەدا هەیبوو (یان کۆدی گەڕاندنەوەکەی بەکاربهێنە بۆ دانانی وشەی نهێنیی نوێ).</translation>
    </message>
</context>
<context>
    <name>SearchSaid</name>
    <message>
        <location filename="../../ui/search_said.py" line="16"/>
        <source>status unknown</source>
        <translation>بێ دۆخی زانراو</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="17"/>
        <source>sex unknown</source>
        <translation>بێ ڕەگەزی زانراو</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="18"/>
        <source>no village recorded</source>
        <translation>بێ گوندی تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="19"/>
        <source>no birth recorded</source>
        <translation>بێ لەدایکبوونی تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="20"/>
        <source>no abduction date recorded</source>
        <translation>بێ ڕێکەوتی ڕفاندنی تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="29"/>
        <source>%1 of %2 matches shown, best first: type more of her name to narrow them</source>
        <translation>%1 لە %2 ئەنجام نیشان دراون، باشترین سەرەتا: زیاتر لە ناوەکەی بنووسە بۆ کەمکردنەوەیان</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="32"/>
        <source>%1 matches shown, best first, and at least %2 more matched: type more of her name to narrow them</source>
        <translation>%1 ئەنجام نیشان دراون، باشترین سەرەتا، و لانیکەم %2 ئەنجامی تر گونجان: زیاتر لە ناوەکەی بنووسە بۆ کەمکردنەوەیان</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="43"/>
        <location filename="../../ui/search_said.py" line="61"/>
        <source> or </source>
        <translation> یان </translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="45"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits; clear that filter to see it</source>
        <translation>تۆمارێک %1 پاڵاوتنەکان دەریانهێشتووە، کە ناتوانن بڵێن دەگونجێت یان نا؛ ئەو پاڵاوتنە بسڕەوە بۆ بینینی</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="48"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit; clear that filter to see them</source>
        <translation>تۆمارەکان %2 کە پاڵاوتنەکان دەریانهێشتوون: %1، ناتوانن بڵێن دەگونجێن یان نا؛ ئەو پاڵاوتنە بسڕەوە بۆ بینینیان</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="64"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits (%2 %3); clear that filter to see it</source>
        <translation>تۆمارێک %1 پاڵاوتنەکان دەریانهێشتووە، کە ناتوانن بڵێن دەگونجێت یان نا (%2 ‏%3)؛ ئەو پاڵاوتنە بسڕەوە بۆ بینینی</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="68"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>تۆمارەکان %2 کە پاڵاوتنەکان دەریانهێشتوون: %1، ناتوانن بڵێن دەگونجێن یان نا (باشترین: %3 ‏%4)؛ ئەو پاڵاوتنە بسڕەوە بۆ بینینیان</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="71"/>
        <source>%1 or more records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>تۆمارەکان %2 کە پاڵاوتنەکان دەریانهێشتوون: %1 یان زیاتر، ناتوانن بڵێن دەگونجێن یان نا (باشترین: %3 ‏%4)؛ ئەو پاڵاوتنە بسڕەوە بۆ بینینیان</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="37"/>
        <source>Show</source>
        <translation>پیشاندان</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <source>Interface language</source>
        <translation>زمانی ڕووکار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148"/>
        <source>Lock after idle minutes</source>
        <translation>قوفڵکردن دوای خولەکی بێکاری</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>A new language applies from the next unlock.</source>
        <translation>زمانی نوێ لە کردنەوەی داهاتوودا جێبەجێ دەبێت.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Female</source>
        <translation>مێ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Male</source>
        <translation>نێر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>female</source>
        <translation>مێ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>male</source>
        <translation>نێر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>unknown</source>
        <translation>نەزانراو</translation>
    </message>
</context>
<context>
    <name>SharingLevel</name>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Internal only</source>
        <translation>تەنها ناوخۆیی</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>NGO</source>
        <translation>ڕێکخراوی ناحکومی</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Court</source>
        <translation>دادگا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Family</source>
        <translation>خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Public appeal</source>
        <translation>بانگەوازی گشتی</translation>
    </message>
</context>
<context>
    <name>SplitSaid</name>
    <message>
        <location filename="../../ui/split_said.py" line="13"/>
        <source>it was decided by hand while the two were one record</source>
        <translation>بە دەست بڕیاری لەسەر درا کاتێک هەردووکیان یەک تۆمار بوون</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="15"/>
        <source>it changed %1 then, and that change stays on %1</source>
        <translation>ئەو کاتە %1ی گۆڕی، و ئەو گۆڕانکارییە لەسەر %1 دەمێنێتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="17"/>
        <source>it dated a status that came with the other record, and the split took that status back from %1</source>
        <translation>مێژووی بە دۆخێک دا کە لەگەڵ تۆمارەکەی تر هاتبوو، و جیاکردنەوەکە ئەو دۆخەی لە %1 وەرگرتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="20"/>
        <source>nothing it said tells which of the two it is</source>
        <translation>هیچ شتێک لەوەی گوتی دیاری ناکات کامیان لە دووەکەیە</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Missing</source>
        <translation>ونبوو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Sighted</source>
        <translation>بینراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Located</source>
        <translation>شوێنی دۆزراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>In negotiation</source>
        <translation>لە دانوستاندندا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Rescued</source>
        <translation>ڕزگارکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Reunited</source>
        <translation>گەڕاوەتەوە بۆ خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Deceased</source>
        <translation>کۆچی دوایی کردووە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Missing</source>
        <comment>of a man</comment>
        <translation>ونبوو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Sighted</source>
        <comment>of a man</comment>
        <translation>بینراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Located</source>
        <comment>of a man</comment>
        <translation>شوێنی دۆزراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>In negotiation</source>
        <comment>of a man</comment>
        <translation>لە دانوستاندندا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Rescued</source>
        <comment>of a man</comment>
        <translation>ڕزگارکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Reunited</source>
        <comment>of a man</comment>
        <translation>گەڕاوەتەوە بۆ خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Deceased</source>
        <comment>of a man</comment>
        <translation>کۆچی دوایی کردووە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Unknown</source>
        <comment>of a man</comment>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Missing</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>ونبوو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Sighted</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>بینراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Located</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>شوێنی دۆزراوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>In negotiation</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>لە دانوستاندندا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Rescued</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>ڕزگارکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Reunited</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>گەڕاوەتەوە بۆ خێزان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Deceased</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>کۆچی دوایی کردووە</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Unknown</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>said of the whole list, not in her row</source>
        <translation>بۆ هەموو لیستەکە گوترا، نەک لە ڕیزەکەی خۆیدا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>said of the whole list, not in his row</source>
        <translation>بۆ هەموو لیستەکە گوترا، نەک لە ڕیزەکەی خۆیدا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>said of the whole list, not in this person&apos;s row</source>
        <translation>بۆ هەموو لیستەکە گوترا، نەک لە ڕیزی ئەم کەسەدا</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/person_ops.py" line="222"/>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <location filename="../../ui/person_tabs.py" line="140"/>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="129"/>
        <source>Recorded</source>
        <translation>کاتی تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="136"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>ڕێکەوت (بۆ نموونە 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="147"/>
        <source>The report this status rests on. With no date typed, the status takes the date the report was observed.</source>
        <translation>ئەو ڕاپۆرتەی ئەم بارە لەسەری وەستاوە. ئەگەر بەروار نەنووسرێت، بارەکە کاتی بینینی ڕاپۆرتەکە وەردەگرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="150"/>
        <source>Add event</source>
        <translation>زیادکردنی ڕووداو</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="157"/>
        <source>Withdraw the selected status...</source>
        <translation>کێشانەوەی بارە دیاریکراوەکە...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="173"/>
        <source>No report</source>
        <translation>بێ ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="180"/>
        <source>Report %1: %2</source>
        <translation>ڕاپۆرتی %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="181"/>
        <source>Report %1</source>
        <translation>ڕاپۆرتی %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="183"/>
        <source>%1 (proved false)</source>
        <translation>%1 (درۆ دەرچوو)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="218"/>
        <source>from rescue operation %1</source>
        <translation>لە ئۆپەراسیۆنی ڕزگارکردنی %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="221"/>
        <source>on report %1</source>
        <translation>لەسەر بنەمای ڕاپۆرتی %1</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <location filename="../../ui/print_summary.py" line="23"/>
        <source>Persons in the summary</source>
        <translation>کەسەکانی ناو پوختەکە</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="27"/>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="158"/>
        <source>Name or case number</source>
        <translation>ناو یان ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="29"/>
        <source>Words that must all be in the name, another spelling of it or the case number, as they are written there (the Persons list&apos;s search also finds other spellings)</source>
        <translation>وشەگەلێک کە دەبێت هەموویان لە ناوەکە، ڕێنووسێکی تری، یان ژمارەی دۆسیەکەدا بن، وەک لەوێ نووسراون (گەڕانی لیستی کەسەکان ڕێنووسی تریش دەدۆزێتەوە)</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="37"/>
        <source>today</source>
        <translation>ئەمڕۆ</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="38"/>
        <source>when taken</source>
        <translation>لە کاتی ڕفاندن</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="40"/>
        <source>Her age when she was taken counts from her recorded birth to her abduction date (in %1 where none is recorded); a person with no birth recorded is left out</source>
        <translation>تەمەنی لە کاتی ڕفاندن لە لەدایکبوونی تۆمارکراوەوە تا بەرواری ڕفاندنی دەژمێردرێت (لە %1 ئەگەر تۆمار نەکرابێت)؛ ئەو کەسەی لەدایکبوونی تۆمار نەکراوە لادەبرێت</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by case number</source>
        <translation>بەپێی ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by name</source>
        <translation>بەپێی ناو</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by village</source>
        <translation>بەپێی گوند</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by status</source>
        <translation>بەپێی دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="153"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="155"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="154"/>
        <source>Village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Order</source>
        <translation>ڕیزبەندی</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Age counted</source>
        <translation>تەمەن دەژمێردرێت</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, from</source>
        <translation>تەمەنی کاتی ڕفاندن، لە</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, to</source>
        <translation>تەمەنی کاتی ڕفاندن، بۆ</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="136"/>
        <source>The Persons list shows %1 of the %2 persons its search found: only those %1, the closest, are printed, in its order, and the document says so. For the others, type more of her name in the Persons list&apos;s search.</source>
        <translation>لیستی کەسەکان %1 لە %2 کەسەی گەڕانەکەی دۆزیونیەوە پیشان دەدات: تەنها ئەو %1 کەسە، نزیکترینەکان، چاپ دەکرێن، بە ڕیزبەندی لیستەکە، و بەڵگەنامەکە ئەمە دەڵێت. بۆ ئەوانی تر، زیاتر لە ناوەکەی لە گەڕانی لیستی کەسەکاندا بنووسە.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_summary.py" line="141"/>
        <source>Prints the %n person(s) the Persons list shows for this search, in its order (other words in the name box choose by those words instead).</source>
        <translation>
            <numerusform>ئەو کەسانە چاپ دەکات کە لیستی کەسەکان بۆ ئەم گەڕانە پیشانیان دەدات (%n)، بە ڕیزبەندی خۆی (وشەی تر لە خانەی ناودا بەو وشانە هەڵدەبژێرێت).</numerusform>
            <numerusform>ئەو کەسانە چاپ دەکات کە لیستی کەسەکان بۆ ئەم گەڕانە پیشانیان دەدات (%n)، بە ڕیزبەندی خۆی (وشەی تر لە خانەی ناودا بەو وشانە هەڵدەبژێرێت).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="164"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TypedDetails</name>
    <message>
        <location filename="../../ui/typed_details.py" line="27"/>
        <source>The record %1 lacks these details you typed. Add them to it? Nothing the record holds is overwritten.</source>
        <translation>تۆماری %1 ئەم وردەکارییانەی نووسیوتە تێدا نییە. زیادیان بکەیت بۆی؟ هیچ شتێک لەوەی لە تۆمارەکەدا هەیە ناگۆڕدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="32"/>
        <source>The record %1 has no blank that what you typed would fill.</source>
        <translation>تۆماری %1 هیچ خانەیەکی بەتاڵی نییە کە ئەوەی نووسیوتە پڕی بکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="36"/>
        <source>These differ from the record and are not taken; if they are right, correct the record by hand:</source>
        <translation>ئەمانە لە تۆمارەکە جیاوازن و وەرناگیرێن؛ ئەگەر ڕاستن، تۆمارەکە بە دەست ڕاست بکەرەوە:</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="39"/>
        <source>%1: typed %2; the record keeps %3</source>
        <translation>%1: نووسرا %2؛ تۆمارەکە %3 دەهێڵێتەوە</translation>
    </message>
</context>
<context>
    <name>UpdateDoubts</name>
    <message>
        <location filename="../../ui/update_doubts.py" line="42"/>
        <source>These updates are in doubt. Tick each row to update all the same. A row left unticked is not updated, and nothing is imported until you choose again for it.</source>
        <translation>ئەم نوێکردنەوانە جێی گومانن. نیشانە لە هەر ڕیزێک بدە کە دەتەوێت هەر نوێی بکەیتەوە. ڕیزێک کە نیشانەی لێ نەدرێت نوێ ناکرێتەوە، و هیچ شتێک هاوردە ناکرێت تا دووبارە بۆی هەڵدەبژێریت.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="51"/>
        <source>Row %1: update %2 all the same</source>
        <translation>ڕیزی %1: هەر %2 نوێ بکەوە</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="65"/>
        <source>Update the ticked rows</source>
        <translation>ڕیزە نیشانەکراوەکان نوێ بکەوە</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="92"/>
        <source>Row %1 and %2 disagree on: %3.</source>
        <translation>ڕیزی %1 و %2 جیاوازن لە: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="98"/>
        <source>Perhaps another person of the same names.</source>
        <translation>لەوانەیە کەسێکی ترە بە هەمان ناوەکان.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="101"/>
        <source>Row %1: the given name %2 only partly agrees with %3 of %4: perhaps her sister.</source>
        <translation>ڕیزی %1: ناوی %2 تەنها بەشێک لەگەڵ %3ی %4 یەک دەگرێتەوە: لەوانەیە خوشکەکەی بێت.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="106"/>
        <source>Row %1 scores %2 against %3 now: unlikely to be one person.</source>
        <translation>ڕیزی %1 ئێستا %2 بەرامبەر %3 دەهێنێت: ئەگەری کەمە یەک کەس بن.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/labels.py" line="294"/>
        <source>match</source>
        <translation>هاوتا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>partial</source>
        <translation>بەشێک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>mismatch</source>
        <translation>جیاواز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>blank</source>
        <translation>بەتاڵ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>match</source>
        <comment>of a feminine word</comment>
        <translation>هاوتا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="306"/>
        <source>partial</source>
        <comment>of a feminine word</comment>
        <translation>بەشێک</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="307"/>
        <source>mismatch</source>
        <comment>of a feminine word</comment>
        <translation>جیاواز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>blank</source>
        <comment>of a feminine word</comment>
        <translation>بەتاڵ</translation>
    </message>
</context>
<context>
    <name>YearsApart</name>
    <message>
        <location filename="../../ui/error_words.py" line="251"/>
        <source>less than a year</source>
        <translation>کەمتر لە ساڵێک</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="253"/>
        <source>at most a year</source>
        <translation>بە لایەنی زۆرەوە ساڵێک</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/error_words.py" line="254"/>
        <source>at most %n years</source>
        <translation>
            <numerusform>بە لایەنی زۆرەوە %n ساڵ</numerusform>
            <numerusform>بە لایەنی زۆرەوە %n ساڵ</numerusform>
        </translation>
    </message>
</context>
</TS>
