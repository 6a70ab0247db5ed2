<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessWindow</name>
    <message>
        <location filename="../../ui/access_window.py" line="103"/>
        <source>Restore from a backup...</source>
        <translation>الاستعادة من نسخة احتياطية...</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="116"/>
        <source>Unlock the vault</source>
        <translation>فتح الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="119"/>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="123"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="135"/>
        <source>Forgot it? Use the recovery code</source>
        <translation>نسيتها؟ استخدم رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="138"/>
        <location filename="../../ui/access_window.py" line="217"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="147"/>
        <source>Create a new vault</source>
        <translation>إنشاء خزنة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="149"/>
        <source>Everything is stored encrypted in this folder. Choose a long passphrase: without it or the recovery code nobody, including you, can open the vault.</source>
        <translation>يُحفظ كل شيء مشفراً في هذا المجلد. اختر عبارة مرور طويلة: بدونها أو بدون رمز الاسترداد لا يستطيع أحد، ولا أنت، فتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="159"/>
        <source>Case number prefix</source>
        <translation>بادئة أرقام الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="161"/>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="167"/>
        <source>Or, on a new or repaired laptop, put a vault back from its backup:</source>
        <translation>أو، على حاسوب جديد أو مُصلَح، أعِد الخزنة من نسختها الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="176"/>
        <source>Use the recovery code</source>
        <translation>استخدام رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="178"/>
        <source>Type the recovery code and choose a new passphrase. The code will be replaced by a new one, shown once.</source>
        <translation>اكتب رمز الاسترداد واختر عبارة مرور جديدة. سيُستبدل الرمز برمز جديد يُعرض مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="185"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="189"/>
        <source>Set the new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="193"/>
        <location filename="../../ui/access_window.py" line="221"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="200"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="203"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="211"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>شفّر الخزنة كلها أيضاً بمفتاح جديد، مع رمز استرداد جديد (بعد أن تكون عبارة المرور أو الرمز قد رآها أحد)</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="228"/>
        <source>The passphrase is changed</source>
        <translation>تغيّرت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="230"/>
        <source>The old passphrase no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>عبارة المرور القديمة لم تعد تفتح الخزنة نفسها. لكن النسخ الاحتياطية السابقة، وأي نسخة سابقة من keyslots.bin، ما زالت تُفتح بعبارة المرور القديمة: اصنع نسخة احتياطية جديدة وأتلف القديمة. إن كان غيرك قد يعرف عبارة المرور القديمة، فغيّرها مرة أخرى مع مفتاح جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="245"/>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="247"/>
        <source>Write this code down now and keep it apart from the laptop. It is shown only once. With it you can set a new passphrase if the passphrase is forgotten.</source>
        <translation>دوّن هذا الرمز الآن واحفظه بعيداً عن الحاسوب. يُعرض مرة واحدة فقط. به يمكنك تعيين عبارة مرور جديدة إذا نُسيت عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="255"/>
        <source>Print the code</source>
        <translation>طباعة الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="257"/>
        <source>I have written the code down</source>
        <translation>لقد دوّنت الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="238"/>
        <location filename="../../ui/access_window.py" line="258"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="270"/>
        <source>Working...</source>
        <translation>جارٍ العمل...</translation>
    </message>
    <message>
        <location filename="../../ui/print_code.py" line="44"/>
        <source>CaseKeeper recovery code - keep apart from the laptop</source>
        <translation>رمز استرداد CaseKeeper - احفظه بعيداً عن الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="51"/>
        <source>Digits must be typed as they were when the passphrase was made: Arabic-Indic digits (%1) and Latin digits (%2) are different characters.</source>
        <translation>يجب كتابة الأرقام كما كُتبت عند إنشاء عبارة المرور: الأرقام العربية المشرقية (%1) والأرقام اللاتينية (%2) محارف مختلفة.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Check the keyboard: Caps Lock off, and set to the language the passphrase was typed in when it was made (English, Arabic or Kurdish).</source>
        <translation>تحقق من لوحة المفاتيح: أن يكون Caps Lock مطفأً، وأن تكون على اللغة التي كُتبت بها عبارة المرور حين أُنشئت (الإنجليزية أو العربية أو الكردية).</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/labels.py" line="714"/>
        <source>The passphrase or recovery code is not correct.</source>
        <translation>عبارة المرور أو رمز الاسترداد غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="717"/>
        <source>The passphrase or recovery code does not open this backup: a backup opens with the passphrase the vault had when the backup was made, or the recovery code of that time.</source>
        <translation>عبارة المرور أو رمز الاسترداد لا يفتح هذه النسخة الاحتياطية: تُفتح النسخة الاحتياطية بعبارة المرور التي كانت للخزنة حين صُنعت النسخة، أو برمز الاسترداد في ذلك الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="722"/>
        <source>The vault is open in another CaseKeeper window or command: close it there first, then try again. Nothing was changed.</source>
        <translation>الخزنة مفتوحة في نافذة أخرى أو أمر آخر من CaseKeeper: أغلقها هناك أولاً، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="726"/>
        <source>Another CaseKeeper window or command is giving the vault a new key or restoring it from a backup: wait until it finishes, then try again. Nothing was changed.</source>
        <translation>نافذة أخرى أو أمر آخر من CaseKeeper يعطي الخزنة مفتاحاً جديداً أو يستعيدها من نسخة احتياطية: انتظر حتى ينتهي، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="731"/>
        <source>Another CaseKeeper window or command is writing to the vault (an import being saved, or the first opening after an update): wait until it finishes, then try again. Nothing was changed.</source>
        <translation>نافذة أخرى أو أمر آخر من CaseKeeper يكتب في الخزنة (استيراد يُحفظ، أو أول فتح بعد تحديث): انتظر حتى ينتهي، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="736"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>يجب أن تتكون عبارة المرور من %1 حرفًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="739"/>
        <source>%1 is not a CaseKeeper backup: it holds no %2.</source>
        <translation>%1 ليس نسخة احتياطية من CaseKeeper: لا يحتوي على %2.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="743"/>
        <source>The backup in %1 is damaged (%2). Nothing was restored: use another backup.</source>
        <translation>النسخة الاحتياطية في %1 تالفة (%2). لم يُستعد شيء: استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="747"/>
        <source>The audit trail in %1 does not reach where it did when the backup was made: entries were taken from it, or a file was changed. Nothing was restored.</source>
        <translation>سجل التدقيق في %1 لا يصل إلى حيث كان عند إنشاء النسخة الاحتياطية: أُزيلت منه قيود، أو غُيِّر ملف. لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="752"/>
        <source>The audit trail of the backup %1 is broken (%2). Nothing was restored.</source>
        <translation>سجل التدقيق في النسخة الاحتياطية %1 مكسور (%2). لم يُستعد شيء.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="35"/>
        <source>Verify the audit chain</source>
        <translation>التحقق من سلسلة التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="40"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="50"/>
        <source>Newer entries</source>
        <translation>القيود الأحدث</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="52"/>
        <source>Older entries</source>
        <translation>القيود الأقدم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="122"/>
        <source>%n entries; the newest are shown first</source>
        <translation>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
            <numerusform>عدد القيود: %n؛ الأحدث أولاً</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="123"/>
        <source>Shown: No. %1 to %2</source>
        <translation>المعروض: من رقم %1 إلى رقم %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="128"/>
        <source>Checking...</source>
        <translation>جارٍ الفحص...</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="134"/>
        <source>The chain is intact: %1 entries. Chain head: %2</source>
        <translation>السلسلة سليمة: عدد القيود %1. رأس السلسلة: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="137"/>
        <source>%1 of them had their content erased when a record was deleted: %2</source>
        <translation>%1 منها مُحي مضمونه عند حذف سجل: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="142"/>
        <source>%1 of them had the words of notes erased when this version first opened the vault.</source>
        <translation>%1 منها مُحي منه نص الملاحظات عندما فتح هذا الإصدار الخزنة أول مرة.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="146"/>
        <source>The chain is BROKEN at entry %1: %2</source>
        <translation>السلسلة مكسورة عند القيد %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>اختر...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="51"/>
        <source>Back up</source>
        <translation>انسخ احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="59"/>
        <source>Folder (a USB drive)</source>
        <translation>المجلد (وحدة USB)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="60"/>
        <source>Backups to keep there</source>
        <translation>عدد النسخ الاحتياطية المحفوظة هناك</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>The copy is encrypted like the vault and opens with the passphrase or recovery code the vault has now. It is checked before it counts. Keep the drive apart from the laptop.</source>
        <translation>النسخة مشفّرة مثل الخزنة، وتُفتح بعبارة المرور أو رمز الاسترداد الحاليين للخزنة. تُفحص قبل أن تُعتمد. احفظ الوحدة بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87"/>
        <source>Choose the folder to put the backup in.</source>
        <translation>اختر المجلد الذي توضع فيه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="96"/>
        <source>Copying and checking...</source>
        <translation>جارٍ النسخ والفحص...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="105"/>
        <source>There is no folder %1: plug in the backup drive, or create the folder first.</source>
        <translation>لا يوجد مجلد %1: صِل وحدة النسخ الاحتياطي، أو أنشئ المجلد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="108"/>
        <source>%1 is a file, not a folder: choose the folder to put the backup in.</source>
        <translation>%1 ملف وليس مجلدًا: اختر المجلد الذي توضع فيه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="111"/>
        <source>%1 cannot be written to (read-only, or not yours): choose another folder or drive.</source>
        <translation>لا يمكن الكتابة في %1 (للقراءة فقط، أو ليس لك): اختر مجلدًا أو وحدة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="117"/>
        <source>Backup made and checked: %1</source>
        <translation>أُنشئت النسخة الاحتياطية وفُحصت: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="118"/>
        <source>%n person record(s) in it; every page checked.</source>
        <translation>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
            <numerusform>فيها %n من سجلات الأشخاص؛ فُحصت كل الصفحات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="120"/>
        <source>Audit chain head: %1</source>
        <translation>رأس سلسلة سجل التدقيق: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="122"/>
        <source>%n older backup(s) removed from the folder.</source>
        <translation>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ احتياطية أقدم: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <source>%n unfinished copy(ies) left by a backup cut off removed from the folder.</source>
        <translation>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
            <numerusform>حُذفت من المجلد نسخ غير مكتملة تركتها نسخة احتياطية انقطعت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="130"/>
        <source>%n unfinished copy(ies) of another vault left in the folder, not removed.</source>
        <translation>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
            <numerusform>%n من النسخ غير المكتملة لخزنة أخرى بقيت في المجلد، ولم تُحذف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Birth</name>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <location filename="../../ui/labels.py" line="539"/>
        <source>about %1</source>
        <translation>حوالي %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>age %1 in %2</source>
        <translation>العمر %1 في %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>age %1, year not given</source>
        <translation>العمر %1، السنة غير مذكورة</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>شفّر الخزنة كلها أيضاً بمفتاح جديد، مع رمز استرداد جديد (بعد أن تكون عبارة المرور أو الرمز قد رآها أحد)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>The vault is encrypted under a new key. Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before keep the old key and passphrase: make a new backup and destroy the old ones.</source>
        <translation>شُفّرت الخزنة بمفتاح جديد. دوّن رمز الاسترداد الجديد الآن واحفظه بعيداً عن الحاسوب؛ لا يُعرض إلا مرة واحدة، والرمز القديم لم يعد يفتح الخزنة. النسخ الاحتياطية السابقة تحتفظ بالمفتاح وعبارة المرور القديمين: اصنع نسخة احتياطية جديدة وأتلف القديمة.</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="24"/>
        <source>Print the code</source>
        <translation>طباعة الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="28"/>
        <source>I have written the code down</source>
        <translation>لقد دوّنت الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="30"/>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>The passphrase is changed: the old one no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>تغيّرت عبارة المرور: القديمة لم تعد تفتح الخزنة نفسها. لكن النسخ الاحتياطية السابقة، وأي نسخة سابقة من keyslots.bin، ما زالت تُفتح بعبارة المرور القديمة: اصنع نسخة احتياطية جديدة وأتلف القديمة. إن كان غيرك قد يعرف عبارة المرور القديمة، فغيّرها مرة أخرى مع مفتاح جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Type the current passphrase, then choose the new one.</source>
        <translation>اكتب عبارة المرور الحالية، ثم اختر الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/replaced_note.py" line="16"/>
        <source>Still on this laptop, beside the vault: %1, the whole vault a restore replaced. It does not change with this one: it still opens with the passphrase and recovery code it had then. Once the restored vault is checked, delete that folder yourself (on Windows, empty the Recycle Bin too).</source>
        <translation>ما زالت على هذا الحاسوب، بجانب الخزنة: %1، وهي الخزنة كاملةً التي استبدلتها استعادة. لا تتغيّر بتغيّر هذه الخزنة: ما زالت تُفتح بعبارة المرور ورمز الاسترداد اللذين كانا لها آنذاك. بعد أن تتحقق من الخزنة المستعادة، احذف ذلك المجلد بنفسك (وفي ويندوز، أفرغ سلة المحذوفات أيضًا).</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="27"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="28"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="24"/>
        <source>From list</source>
        <translation>من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="29"/>
        <source>Who to her, e.g. brother</source>
        <translation>صلته بها، مثلاً: أخوها</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="36"/>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="39"/>
        <source>Save changes to the chosen contact</source>
        <translation>حفظ التعديلات على جهة الاتصال المختارة</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="61"/>
        <source>%1, sheet %2, row %3 (import batch %4)</source>
        <translation>%1، الورقة %2، الصف %3 (دفعة الاستيراد %4)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="63"/>
        <source>%1, row %2 (import batch %3)</source>
        <translation>%1، الصف %2 (دفعة الاستيراد %3)</translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>confirmed by other sources</source>
        <translation>مؤكد من مصادر أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>probably true</source>
        <translation>صحيح على الأرجح</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>possibly true</source>
        <translation>ربما صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>doubtful</source>
        <translation>مشكوك فيه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>improbable</source>
        <translation>غير مرجح</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>truth cannot be judged</source>
        <translation>لا يمكن الحكم على صحته</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>by %1</source>
        <translation>في %1 أو قبله</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>%1 (as written; not read as a date)</source>
        <translation>%1 (كما كُتب؛ لم يُقرأ تاريخاً)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/new_person.py" line="66"/>
        <source>e.g. 1998, about 1998, 12/03/1998</source>
        <translation>مثلاً 1998، حوالي 1998، 12/03/1998</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="422"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: لا يمكن قراءة %2 تاريخاً (مثلاً 1998، حوالي 1998، 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 في المستقبل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>%1: %2 could be her age or a year. Type the year in full (e.g. 1998), or her age: age %3, or age %3 in 2014</source>
        <translation>%1: %2 قد يكون عمرها أو سنة. اكتب السنة كاملة (مثلاً 1998)، أو عمرها: عمر %3، أو عمر %3 في 2014</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="441"/>
        <source>%1: %2 would be %3 as an Excel date number, which cannot be this date: type the date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 بوصفه رقم تاريخ في جدول إكسل يكون %3، ولا يمكن أن يكون هذا التاريخ: اكتب التاريخ (مثلاً 2014 أو 08/2014 أو 03/08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="102"/>
        <source>Read as %1</source>
        <translation>قُرئ على أنه %1</translation>
    </message>
</context>
<context>
    <name>DraftConflicts</name>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="39"/>
        <source>This draft of %1 was kept by an earlier version, which did not note her record as her page read it: which fields were typed in it cannot be told. These fields differ from her record as saved now. Choose for each which to keep; a field left blank in the draft keeps what her record holds now.</source>
        <translation>حُفظت هذه المسودة من %1 بإصدار سابق لم يسجّل سجلها كما قرأته صفحتها: لا يمكن معرفة الحقول التي كُتبت فيها. هذه الحقول تختلف عن سجلها كما هو محفوظ الآن. اختر لكلٍّ منها ما يبقى؛ والحقل الفارغ في المسودة يُبقي ما في سجلها الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="43"/>
        <source>%1 was saved elsewhere since your typing began (another window, a command or an import), and these fields you changed were changed there too. Choose for each which to keep; the other fields you changed are put on top of her record as it is saved now, and those you did not change keep what was saved.</source>
        <translation>حُفظ %1 في مكان آخر منذ أن بدأتَ الكتابة (نافذة أخرى أو أمر أو استيراد)، وهذه الحقول التي غيّرتَها غُيّرت هناك أيضًا. اختر لكلٍّ منها ما يبقى؛ أما الحقول الأخرى التي غيّرتَها فتوضع فوق سجلها كما هو محفوظ الآن، والتي لم تغيّرها تُبقي ما حُفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="49"/>
        <source>Keep what is in the draft:</source>
        <translation>أبقِ ما في المسودة:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="50"/>
        <source>Keep her record as saved now:</source>
        <translation>أبقِ سجلها كما هو محفوظ الآن:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="52"/>
        <source>Keep what you typed:</source>
        <translation>أبقِ ما كتبتَه:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="53"/>
        <source>Keep what was saved since:</source>
        <translation>أبقِ ما حُفظ منذ ذلك الحين:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="59"/>
        <source>Keep both, one after the other:</source>
        <translation>أبقِ الاثنين، واحدًا بعد الآخر:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="74"/>
        <source>(blank)</source>
        <translation>(فارغة)</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates_view.py" line="59"/>
        <source>Find likely duplicates</source>
        <translation>البحث عن التكرارات المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="73"/>
        <source>Lowest score</source>
        <translation>أدنى درجة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Case</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>First record</source>
        <translation>السجل الأول</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="86"/>
        <source>Second record</source>
        <translation>السجل الثاني</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="97"/>
        <source>Same person: keep the first</source>
        <translation>الشخص نفسه: احتفظ بالأول</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="99"/>
        <source>Same person: keep the second</source>
        <translation>الشخص نفسه: احتفظ بالثاني</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="101"/>
        <source>Not the same person</source>
        <translation>ليسا الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="130"/>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="131"/>
        <source>Case number or name</source>
        <translation>رقم الملف أو الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="134"/>
        <source>Compare</source>
        <translation>قارِن</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="138"/>
        <source>Or compare two records:</source>
        <translation>أو قارِن بين سجلّين:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="145"/>
        <source>Take back &apos;not the same&apos;</source>
        <translation>التراجع عن «ليسا الشخص نفسه»</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="167"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="179"/>
        <source>Type the case numbers of the two records to compare.</source>
        <translation>اكتب رقمَي حالة السجلّين المراد مقارنتهما.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="198"/>
        <source>No other record was found for %1.</source>
        <translation>لم يُعثر على سجل آخر بالبحث عن %1.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="201"/>
        <source>%1 compared with the records found for %2, best first</source>
        <translation>السجل %1 مقارَناً بالسجلات التي وُجدت بالبحث عن %2، الأقرب أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="208"/>
        <source>%1 and %2, compared as asked (score %3)</source>
        <translation>%1 و%2، قورنا كما طُلب (الدرجة %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_view.py" line="232"/>
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>أزواج محتملة: %n</numerusform>
            <numerusform>أزواج محتملة: %n</numerusform>
            <numerusform>أزواج محتملة: %n</numerusform>
            <numerusform>أزواج محتملة: %n</numerusform>
            <numerusform>أزواج محتملة: %n</numerusform>
            <numerusform>أزواج محتملة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="236"/>
        <source>Pairs known by one kunya or husband&apos;s name not listed, of records with more such namesakes than can be told apart: %1</source>
        <translation>ثنائيات معروفة بكنية واحدة أو باسم زوج واحد لم تُدرج، لأن لسجلاتها من يحملون الاسم نفسه أكثر مما يمكن التمييز بينهم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="307"/>
        <source>A merge asks first: they disagree on %1. They may be two people of one family.</source>
        <translation>الدمج يسأل أولًا: يختلفان في %1. قد يكونان شخصين من عائلة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="345"/>
        <source>%1 was merged into %2; Split out, on the page of %2, undoes it.</source>
        <translation>دُمج %1 في %2؛ «فصل السجل» في صفحة %2 يلغي الدمج.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="357"/>
        <source>%1 and %2 disagree on what tells two people apart:</source>
        <translation>يختلف %1 و‏%2 في ما يميّز شخصًا من آخر:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="359"/>
        <source>%1: %2 in %3, %4 in %5</source>
        <translation>%1: %2 في %3، %4 في %5</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="362"/>
        <source>They may be two people of one family. Merge them anyway? What disagreed is kept in the audit trail; splitting the records undoes the merge.</source>
        <translation>ربما هما شخصان من عائلة واحدة. هل تدمجهما رغم ذلك؟ يُحفظ ما اختلفا فيه في سجل التدقيق، وفصل السجلين يلغي الدمج.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="383"/>
        <source>%1 may now be shared only as %2 was (%3, not %4): %2&apos;s account is part of her record now. Splitting the records sets it back.</source>
        <translation>لا يجوز الآن مشاركة %1 إلا كما كان %2 (%3، لا %4): رواية %2 صارت جزءاً من سجلها. فصل السجلين يعيد المستوى كما كان.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="394"/>
        <source>%1: %2 of %3 kept, %4 of %5 not taken (it stays on %5&apos;s own record; Split out shows it again).</source>
        <translation>%1: أُبقي على %2 من %3، ولم يؤخذ %4 من %5 (يبقى في سجل %5 نفسه؛ «فصل السجل» يُظهره من جديد).</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="404"/>
        <source>Statuses differed: %1 was %2, %3 was %4. %1 is now %5; if that is wrong, add her status with its date on her page.</source>
        <translation>اختلفت الحالتان: كانت حالة %1 ‏%2، وحالة %3 ‏%4. حالة %1 الآن %5؛ إن كان ذلك خطأ فأضف حالتها مع تاريخها في صفحتها.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="417"/>
        <source>%1 and %2 are marked not the same person: the pair is not proposed again.</source>
        <translation>سُجّل أن %1 و%2 ليسا الشخص نفسه: لن يُقترح الزوج مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="373"/>
        <source>Merge them anyway? The decision is withdrawn; splitting the records gives it back.</source>
        <translation>هل تدمجهما رغم ذلك؟ يُسحب القرار، ويعيده فصل السجلين.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="365"/>
        <location filename="../../ui/duplicates_view.py" line="375"/>
        <source>Merge anyway</source>
        <translation>ادمج رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="15"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (دُمج في %2)</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="21"/>
        <source>%1 and %2 were marked not the same person on %3.</source>
        <translation>سُجّل في %3 أن %1 و%2 ليسا الشخص نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="24"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="20"/>
        <source>Mark %1 and %2 as not the same person?</source>
        <translation>هل تسجّل أن %1 و%2 ليسا الشخص نفسه؟</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="22"/>
        <source>The pair will not be proposed again. To take it back, compare the two records (&quot;Or compare two records&quot;) and click &quot;Take back &apos;not the same&apos;&quot;.</source>
        <translation>لن يُقترح الزوج مرة أخرى. للتراجع عن ذلك قارِن بين السجلّين («أو قارِن بين سجلّين») وانقر «التراجع عن «ليسا الشخص نفسه»».</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="45"/>
        <source>Take it back? The two may then be proposed as one person again; the audit trail keeps the decision.</source>
        <translation>هل تتراجع عنه؟ قد يُقترح السجلان بعدها شخصًا واحدًا من جديد؛ ويحتفظ سجل التدقيق بالقرار.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="53"/>
        <source>%1 and %2 are no longer marked not the same person: they may be proposed as one person again.</source>
        <translation>لم يعد %1 و%2 مسجّلين على أنهما ليسا الشخص نفسه: قد يُقترحان شخصًا واحدًا من جديد.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_words.py" line="26"/>
        <source>%1 was deleted in another window or by a command since her page was opened: nothing was saved</source>
        <translation>حُذف %1 في نافذة أخرى أو بأمر منذ فُتحت صفحتها: لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="31"/>
        <source>%1 on %2 is before her abduction (%3): check the date</source>
        <translation>%1 في %2 قبل اختطافها (%3): تحقق من التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="32"/>
        <source>the handover to her family (%1) is before the rescue (%2): she is handed over after she is freed; check both dates</source>
        <translation>تسليمها إلى أهلها (%1) قبل الإنقاذ (%2): تُسلَّم بعد أن تتحرر؛ تحقق من التاريخين</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="34"/>
        <source>an operation that freed no one (it gives no status) has no handover to her family (%1): if she was freed after all, give the status it gives; if not, leave the handover to family empty</source>
        <translation>عملية لم تحرر أحدًا (لا تعطي حالة) ليس لها تسليم إلى الأهل (%1): إن كانت قد تحررت فعلًا فاختر الحالة التي تعطيها؛ وإلا فاترك التسليم إلى الأهل فارغًا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="37"/>
        <source>the report was received (%1) before what it tells was seen (%2): a report tells of what was seen before it came in; check both dates</source>
        <translation>وصل البلاغ (%1) قبل أن يُرى ما يرويه (%2): يروي البلاغ ما رُئي قبل وصوله؛ تحقق من التاريخين</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="40"/>
        <source>%1 is not a case number (they look like SNJ-00123)</source>
        <translation>%1 ليس رقم ملف (أرقام الملفات مثل SNJ-00123)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="42"/>
        <source>this exact file was imported as batch %1, from the sender %2, not %3: the same bytes would stand as two senders&apos; lists. If it is the same sender named another way, type the sender as first given (%2) and read the file again; if another sender truly sent it, the command line imports it anyway (casekeeper import --again)</source>
        <translation>هذا الملف نفسه استُورد في الدفعة %1 من المُرسِل %2، لا من %3: ستبدو البيانات نفسها قائمتين لمُرسِلَين اثنين. إن كان المُرسِل نفسه مكتوباً بشكل آخر، فاكتب اسم المُرسِل كما أُعطي أول مرة (%2) واقرأ الملف مرة أخرى؛ وإن أرسله حقاً مُرسِل آخر، فإن سطر الأوامر يستورده رغم ذلك (casekeeper import --again)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="47"/>
        <source>no person with case number %1</source>
        <translation>لا يوجد شخص برقم الملف %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>a %1 document is not chosen by when a woman was seen: it would tell that reports of her came in since then, which only the team&apos;s own papers tell; make it internal, or leave out the seen-since date</source>
        <translation>وثيقة %1 لا تُختار بحسب وقت مشاهدة المرأة: فهي تكشف أن تقارير عنها وصلت منذ ذلك الحين، وهذا لا تكشفه إلا أوراق الفريق الداخلية؛ اجعلها داخلية، أو اترك تاريخ «شوهدت منذ» فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>%1 is given more than once: name each person once</source>
        <translation>%1 مذكور أكثر من مرة: اذكر كل شخص مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>%1 is merged into %2, which is given too: they are one person; name each person once</source>
        <translation>%1 مدموج في %2، المذكور أيضاً: هما شخص واحد؛ اذكر كل شخص مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="56"/>
        <source>%1 and %2 are both merged into %3: they are one person; name each person once</source>
        <translation>%1 و%2 مدموجان كلاهما في %3: هما شخص واحد؛ اذكر كل شخص مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="59"/>
        <source>a status of %1 rests on it: withdraw that status first (Status timeline), then take her off</source>
        <translation>تستند إليه حالةٌ لـ %1: اسحب تلك الحالة أولاً (التسلسل الزمني للحالة)، ثم أزِلها منه</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="61"/>
        <source>a status of %1 rests on report %2: withdraw that status first (Status timeline), then mark the report proved false</source>
        <translation>حالة لـ %1 تستند إلى البلاغ %2: اسحب تلك الحالة أولاً (سجل الحالات)، ثم ضع علامة أن البلاغ كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="63"/>
        <source>report %1 is marked proved false: a status cannot rest on it; if it did not prove false, clear Proved false in the report&apos;s form first</source>
        <translation>البلاغ %1 موسوم بأنه كاذب: لا يمكن أن تستند إليه حالة؛ إن لم يثبت أنه كاذب، أزل علامة «ثبت أنه كاذب» في نموذج البلاغ أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="66"/>
        <source>the report was proved false (%1) before it was received (%2): check both dates</source>
        <translation>ثبت أن البلاغ كاذب (%1) قبل أن يرد (%2): تحقق من التاريخين</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="68"/>
        <source>it is about no one else, and a report names at least one person: add the woman it is about under its other women first</source>
        <translation>لا يتناول أحداً غيرها، والبلاغ يسمّي شخصاً واحداً على الأقل: أضف أولاً المرأة التي يتناولها في خانة النساء الأخريات</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="70"/>
        <source>%1 was changed elsewhere; reload it first</source>
        <translation>غُيِّر %1 في مكان آخر؛ أعد تحميله أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="73"/>
        <source>%1 has been merged into %2: record this on %2</source>
        <translation>دُمج %1 في %2: سجّل هذا في %2</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>%1 and %2 are linked so already</source>
        <translation>%1 و%2 مربوطان بهذه الصلة من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="75"/>
        <source>this record is %1 of this vault already (the same record id): nothing was added</source>
        <translation>هذا السجلّ هو %1 في هذه الخزنة من قبل (معرّف السجلّ نفسه): لم يُضَف شيء</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="77"/>
        <source>a person needs at least one name part</source>
        <translation>يحتاج الشخص إلى جزء واحد من الاسم على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="79"/>
        <source>%1&apos;s status %2 came with rescue %3: change the rescue instead (Rescues tab), or delete it</source>
        <translation>جاءت حالة %1 (%2) مع عملية الإنقاذ %3: غيّر عملية الإنقاذ بدلاً من ذلك (تبويب عمليات الإنقاذ)، أو احذفها</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="82"/>
        <source>%1, Arabic script box: longer than 200 characters; shorten it</source>
        <translation>%1، خانة الحروف العربية: أطول من 200 حرف؛ اختصره</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="83"/>
        <source>%1, Latin letters box: longer than 200 characters; shorten it</source>
        <translation>%1، خانة الحروف اللاتينية: أطول من 200 حرف؛ اختصره</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="84"/>
        <source>%1 was taken on %2: she cannot have been seen on %3, before that; check the date</source>
        <translation>اختُطفت %1 في %2: لا يمكن أن تكون قد رُئيت في %3، قبل ذلك؛ تحقق من التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="86"/>
        <source>%1 was taken on %2: she cannot have been freed on %3, before that; check the date</source>
        <translation>اختُطفت %1 في %2: لا يمكن أن تكون قد تحررت في %3، قبل ذلك؛ تحقق من التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="88"/>
        <source>no rescue operation with id %1</source>
        <translation>لا توجد عملية إنقاذ بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="89"/>
        <source>no photo with id %1</source>
        <translation>لا توجد صورة بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="90"/>
        <source>no family contact with id %1</source>
        <translation>لا توجد جهة اتصال للعائلة بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="91"/>
        <source>no relative link with id %1</source>
        <translation>لا توجد صلة قرابة بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="92"/>
        <source>%1 and %2 are not linked as relatives</source>
        <translation>%1 و%2 غير مرتبطين كأقارب</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="93"/>
        <source>%1 (born %2) would be the parent of %3, born before: %4; check the relation or the births</source>
        <translation>%1 (مواليد %2) سيكون والداً لـ %3 المولود قبله: %4؛ تحقق من صلة القرابة أو تواريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="95"/>
        <source>a person cannot be their own relative</source>
        <translation>لا يمكن أن يكون الشخص قريباً لنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="96"/>
        <source>a photo must be a JPEG or PNG file</source>
        <translation>يجب أن تكون الصورة ملف JPEG أو PNG</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="97"/>
        <source>a photo may be at most 20 MB</source>
        <translation>لا يجوز أن تزيد الصورة على 20 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="98"/>
        <source>a record cannot be compared with itself</source>
        <translation>لا يمكن مقارنة سجل بنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="99"/>
        <source>%1 is merged into %2: compare %2, or split %1 out first</source>
        <translation>%1 مدموج في %2: قارن %2، أو افصل %1 أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="100"/>
        <source>a record cannot be merged with itself</source>
        <translation>لا يمكن دمج سجل بنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="101"/>
        <source>%1 is already merged into another record; split it first</source>
        <translation>%1 مدموج أصلاً في سجل آخر؛ افصله أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="102"/>
        <source>%1 is not merged into another record</source>
        <translation>%1 غير مدموج في سجل آخر</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="103"/>
        <source>%1 is inside the vault&apos;s own folder: a backup there is lost with the laptop; choose another drive</source>
        <translation>%1 داخل مجلد الخزنة نفسه: النسخة الاحتياطية هناك تضيع مع الحاسوب؛ اختر قرصاً آخر</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="105"/>
        <source>the drive of %1 is full: the backup needs about %2 and %3 are free there; no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>القرص %1 ممتلئ: تحتاج النسخة الاحتياطية إلى نحو %2 والمتاح فيه %3؛ لم تُصنع نسخة احتياطية ولم تتغير الخزنة: أفرغ مساحة على ذلك القرص، أو انسخ إلى قرص آخر</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="109"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was changed, the vault is as it was before; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>قرص الخزنة %1 ممتلئ أو لا يمكن الكتابة فيه (%2): لم يتغيّر شيء، والخزنة كما كانت من قبل؛ أفرغ مساحة على ذلك القرص (انقل أو احذف ملفات لا تحتاجها)، ثم أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="112"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): it stopped part way: what was saved before the disk refused stays in the vault, the rest was not done; free space on that disk (move or delete files you do not need), then look at what is there before doing the rest</source>
        <translation>قرص الخزنة %1 ممتلئ أو لا يمكن الكتابة فيه (%2): توقّف العمل في منتصفه: ما حُفظ قبل أن يرفض القرص يبقى في الخزنة، والباقي لم يُنفَّذ؛ أفرغ مساحة على ذلك القرص (انقل أو احذف ملفات لا تحتاجها)، ثم انظر ما هو موجود قبل إكمال الباقي</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="116"/>
        <source>the disk of the vault %1 is full or cannot be written (it needs about %2 more, the vault&apos;s size again): the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>قرص الخزنة %1 ممتلئ أو لا يمكن الكتابة فيه (يلزم نحو %2 إضافية، أي قدر حجم الخزنة مرة أخرى): لم تُعطَ الخزنة مفتاحاً جديداً ولم يتغيّر شيء، وما زالت عبارة المرور ورمز الاسترداد السابقان يفتحانها؛ أفرغ مساحة على ذلك القرص (انقل أو احذف ملفات لا تحتاجها)، ثم أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="121"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was restored, the vault is as it was and the copy begun beside it was deleted; free space on that disk (the backup&apos;s size is needed), then restore again</source>
        <translation>قرص الخزنة %1 ممتلئ أو لا يمكن الكتابة فيه (%2): لم يُستعَد شيء، والخزنة كما كانت، وحُذفت النسخة التي بدأت بجانبها؛ أفرغ مساحة على ذلك القرص (يلزم قدر حجم النسخة الاحتياطية)، ثم أعد الاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="125"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): the vault was not opened and nothing in it was changed; free space on that disk (move or delete files you do not need), then unlock again</source>
        <translation>قرص الخزنة %1 ممتلئ أو لا يمكن الكتابة فيه (%2): لم تُفتح الخزنة ولم يتغيّر فيها شيء؛ أفرغ مساحة على ذلك القرص (انقل أو احذف ملفات لا تحتاجها)، ثم افتحها من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>the drive of %1 is full or cannot be written (%2): no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>وحدة التخزين %1 ممتلئة أو لا يمكن الكتابة فيها (%2): لم تُصنع نسخة احتياطية والخزنة لم تتغيّر: أفرغ مساحة على تلك الوحدة، أو انسخ احتياطيًا إلى وحدة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="133"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was saved, the vault is as it was before; check that the drive is in place, then do it again; if it happens again, back the vault up to another drive at once</source>
        <translation>تعذّرت القراءة من قرص الخزنة %1 أو الكتابة عليه (%2): ربما هو معطوب، أو نُزع، أو صار للقراءة فقط؛ لم يُحفظ شيء، والخزنة كما كانت من قبل؛ تأكّد من أن القرص في مكانه، ثم أعد المحاولة؛ وإن تكرّر ذلك فانسخ الخزنة احتياطيًا إلى قرص آخر فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="137"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; it stopped part way: what was saved before stays in the vault, the rest was not saved; check that the drive is in place, then look at what is there before doing the rest; if it happens again, back the vault up to another drive at once</source>
        <translation>تعذّرت القراءة من قرص الخزنة %1 أو الكتابة عليه (%2): ربما هو معطوب، أو نُزع، أو صار للقراءة فقط؛ توقّف العمل في منتصفه: ما حُفظ من قبل يبقى في الخزنة، والباقي لم يُحفظ؛ تأكّد من أن القرص في مكانه، ثم انظر ما هو موجود قبل إكمال الباقي؛ وإن تكرّر ذلك فانسخ الخزنة احتياطيًا إلى قرص آخر فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="142"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not opened and nothing in it was changed; check that the drive is in place, then unlock again; if it happens again, copy the vault&apos;s folder to another drive at once</source>
        <translation>تعذّرت القراءة من قرص الخزنة %1 أو الكتابة عليه (%2): ربما هو معطوب، أو نُزع، أو صار للقراءة فقط؛ لم تُفتح الخزنة ولم يتغيّر فيها شيء؛ تأكّد من أن القرص في مكانه، ثم افتحها من جديد؛ وإن تكرّر ذلك فانسخ مجلد الخزنة إلى قرص آخر فورًا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="146"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was restored, the vault is as it was and the copy begun beside it was deleted; check that the drive is in place, then restore again</source>
        <translation>تعذّرت القراءة من قرص الخزنة %1 أو الكتابة عليه (%2): ربما هو معطوب، أو نُزع، أو صار للقراءة فقط؛ لم يُستعَد شيء، والخزنة كما كانت، وحُذفت النسخة التي بدأت بجانبها؛ تأكّد من أن القرص في مكانه، ثم أعد الاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="150"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; check that the drive is in place, then do it again</source>
        <translation>تعذّرت القراءة من قرص الخزنة %1 أو الكتابة عليه (%2): ربما هو معطوب، أو نُزع، أو صار للقراءة فقط؛ لم تُعطَ الخزنة مفتاحاً جديداً ولم يتغيّر شيء، وما زالت عبارة المرور ورمز الاسترداد السابقان يفتحانها؛ تأكّد من أن القرص في مكانه، ثم أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="154"/>
        <source>the drive of %1 could not be written (%2): it may be failing, or it was removed or made read-only; no backup was made and the vault is unchanged: check that the drive is in place, or back up to another</source>
        <translation>تعذّرت الكتابة على وحدة التخزين %1 (%2): ربما هي معطوبة، أو نُزعت، أو صارت للقراءة فقط؛ لم تُصنع نسخة احتياطية والخزنة لم تتغيّر: تأكّد من أن الوحدة في مكانها، أو انسخ احتياطيًا إلى وحدة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="157"/>
        <source>the case prefix must be 2 to 6 capital letters A-Z</source>
        <translation>يجب أن تكون بادئة أرقام الملفات من 2 إلى 6 أحرف لاتينية كبيرة A-Z</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="158"/>
        <source>the new passphrase must differ from the one the vault has now</source>
        <translation>يجب أن تختلف عبارة المرور الجديدة عن عبارة المرور الحالية للخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="159"/>
        <source>give the rescue operation&apos;s number</source>
        <translation>اكتب رقم عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="160"/>
        <source>born %1, after her abduction (%2): check both dates</source>
        <translation>مولودة في %1، بعد اختطافها (%2): تحقق من التاريخين</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="161"/>
        <source>%1 is recorded as female: not %2&apos;s father (their mother, or parent if the sex recorded is in doubt)</source>
        <translation>%1 مسجّل أنثى: ليس أبا %2 (بل الأم، أو أحد الوالدين إن كان الجنس المسجّل موضع شك)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="163"/>
        <source>%1 is recorded as male: not %2&apos;s mother (their father, or parent if the sex recorded is in doubt)</source>
        <translation>%1 مسجّل ذكراً: ليس أمّ %2 (بل الأب، أو أحد الوالدين إن كان الجنس المسجّل موضع شك)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="165"/>
        <source>%1 is already %2&apos;s %3: not also their %4</source>
        <translation>%1 مسجّل أصلاً بصفة (%3) لـ %2: فلا يُسجّل أيضاً بصفة (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="167"/>
        <source>%1 (birth: %2) would be a parent of %3 (birth: %4), older by %5: fewer than 12 years between their births, even read as widely as they are written; check the births and the relation</source>
        <translation>%1 (الميلاد: %2) سيكون أحد والدَي %3 (الميلاد: %4)، والفارق بين ولادتيهما %5: أقل من 12 سنة حتى بأوسع قراءة لما كُتب؛ تحقق من تواريخ الميلاد ومن صلة القرابة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="170"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ملف وليس مجلداً</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>%1 cannot be written to (read-only, or not yours)</source>
        <translation>لا يمكن الكتابة في %1 (للقراءة فقط، أو ليس لك)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="173"/>
        <source>this is the vault&apos;s passphrase: a PDF&apos;s password is told to whoever reads the paper, so choose another; nothing was written</source>
        <translation>هذه هي عبارة مرور الخزنة: كلمة مرور ملف PDF تُقال لمن يقرأ الورقة، فاختر غيرها؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="176"/>
        <source>the PDF cannot be written to %1 (read-only, or not yours): nothing was saved; choose another folder or drive</source>
        <translation>لا يمكن كتابة ملف PDF في %1 (للقراءة فقط، أو ليس لك): لم يُحفظ شيء؛ اختر مجلدًا أو وحدة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="178"/>
        <source>the drive of %1 is full: nothing was saved; free space on it, or choose another drive</source>
        <translation>وحدة التخزين %1 ممتلئة: لم يُحفظ شيء؛ أفرغ مساحة عليها، أو اختر وحدة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="182"/>
        <source>a family summary lists one family&apos;s own persons, and these are not linked as relatives in the vault (%1): make one summary for each family, or, if they are one family, link them first (Link relative on her page)</source>
        <translation>ملخص العائلة يسرد أفراد عائلة واحدة فقط، وهؤلاء غير مربوطين كأقارب في الخزنة (%1): اصنع ملخصًا لكل عائلة، أو إن كانوا عائلة واحدة فاربطهم أولًا («ربط قريب» في صفحتها)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>%1 was not rescued in operation %2: under Whose family, give the case number of a person it freed</source>
        <translation>%1 لم تُنقَذ في العملية %2: اكتب تحت «عائلة مَن» رقم ملف شخص حرّرته</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="188"/>
        <source>%1 is not named in operation %2, and it freed none of them: under Whose family, give the case number of a person it names</source>
        <translation>%1 غير مذكور في العملية %2، ولم تحرّر أحدًا منهم: اكتب تحت «عائلة مَن» رقم ملف شخص تذكره</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="190"/>
        <source>%1 is not named in operation %2, and it does not say whether it freed anyone: under Whose family, give the case number of a person it names</source>
        <translation>%1 غير مذكور في العملية %2، ولا تقول إن كانت حرّرت أحدًا: اكتب تحت «عائلة مَن» رقم ملف شخص تذكره</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="193"/>
        <source>operation %1 freed no one: a public document does not tell of it (it would say only that an attempt for someone failed); it is made only of an operation that freed someone</source>
        <translation>العملية %1 لم تحرّر أحدًا: الوثيقة العامة لا تتحدث عنها (لن تقول إلا إن محاولة لأجل شخص ما فشلت)؛ لا تُصنع إلا لعملية حرّرت أحدًا</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="197"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) more than %4: a similar name, not a spelling)</source>
        <translation>لا قرية في الخزنة مكتوبة &quot;%1&quot; (بأي خط أو تهجئة لذلك المكان)؛ قد يُقصد %2: اكتب القرية المقصودة (في &quot;%1&quot; حروف أكثر من %4 بعدد %3: اسم مشابه، لا تهجئة له)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="200"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) fewer than %4: a similar name, not a spelling)</source>
        <translation>لا قرية في الخزنة مكتوبة &quot;%1&quot; (بأي خط أو تهجئة لذلك المكان)؛ قد يُقصد %2: اكتب القرية المقصودة (في &quot;%1&quot; حروف أقل من %4 بعدد %3: اسم مشابه، لا تهجئة له)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="203"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has other letters than %4: a similar name, not a spelling)</source>
        <translation>لا قرية في الخزنة مكتوبة &quot;%1&quot; (بأي خط أو تهجئة لذلك المكان)؛ قد يُقصد %2: اكتب القرية المقصودة (في &quot;%1&quot; حروف غير حروف %4: اسم مشابه، لا تهجئة له)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="207"/>
        <source>unexpected error (%1); the vault was not changed by it</source>
        <translation>خطأ غير متوقع (%1)؛ لم تتغير الخزنة بسببه</translation>
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
        <translation>سُحب في نسخة سابقة من هذه القائمة (الدفعة %1، الصف %2) من %3 في %4، ولم يُنسب إلى أحد منذئذ: ينتظر قرارًا، حتى مع ‎--yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="574"/>
        <source>withdrawn in an earlier version of this list (batch %1, row %2) on %3, put on no one since: it waits for a decision, also with --yes</source>
        <translation>سُحب في نسخة سابقة من هذه القائمة (الدفعة %1، الصف %2) في %3، ولم يُنسب إلى أحد منذئذ: ينتظر قرارًا، حتى مع ‎--yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="585"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>another record fits as well: %1 (score %2)</source>
        <translation>سجل آخر يطابق بالقدر نفسه: %1 (الدرجة %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), decided by hand then: %3</source>
        <translation>مكتوب بتهجئة أخرى في آخر استيراد لهذه القائمة (الدفعة %1، الصف %2)، وقُرّر يدويًا حينها: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="594"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), created then: %3</source>
        <translation>مكتوب بتهجئة أخرى في آخر استيراد لهذه القائمة (الدفعة %1، الصف %2)، وأُنشئ منه حينها: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="602"/>
        <source>asked again: row %1, the same woman by the names, has been decided anew</source>
        <translation>سُئل عنه من جديد: الصف %1، وهو للمرأة نفسها بحسب الأسماء، قُرّر أمره من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>the same row as in the last import of this list (batch %1)</source>
        <translation>الصف نفسه كما في آخر استيراد لهذه القائمة (الدفعة %1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>the list&apos;s case number names this record</source>
        <translation>رقم الملف في القائمة يسمّي هذا السجل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>the list&apos;s case number names %1, not this record</source>
        <translation>رقم الملف في القائمة يسمّي ⁦%1⁩، لا هذا السجل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="616"/>
        <source>another record fits as well</source>
        <translation>سجل آخر يطابق بالقدر نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>read as leaving out the father&apos;s name</source>
        <translation>قُرئ الاسم دون اسم الأب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>read with the family name in the grandfather&apos;s column</source>
        <translation>قُرئ اللقب في خانة اسم الجد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="623"/>
        <source>read with the grandfather&apos;s and family names swapped</source>
        <translation>قُرئ اسم الجد واللقب كلٌّ مكان الآخر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>read with the grandfather&apos;s name in the family name&apos;s column</source>
        <translation>قُرئ اسم الجد في خانة اللقب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>more records fit as well: %1</source>
        <translation>سجلات أخرى تطابق بالقدر نفسه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>only a given name on one side: asked because it and more agree</source>
        <translation>على أحد الجانبين الاسم الأول وحده: سُئل عنه لأنه يتطابق ومعه حقول أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="635"/>
        <source>only a given and a family name on one side, no father&apos;s name: asked because they and more agree</source>
        <translation>على أحد الجانبين الاسم الأول واللقب وحدهما، بلا اسم الأب: سُئل عنه لأنهما يتطابقان ومعهما حقول أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>only a given and a family name on one side, no father&apos;s name: the only record of them that nothing disagrees with, so asked</source>
        <translation>على أحد الجانبين الاسم الأول واللقب وحدهما، بلا اسم الأب: السجل الوحيد بهذين الاسمين الذي لا يخالفه شيء، لذا سُئل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="643"/>
        <source>the whole name agrees: asked although other fields disagree</source>
        <translation>الاسم الكامل متطابق: سُئل عنه رغم اختلاف حقول أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>the given names partly agree and the rest of the name agrees: asked</source>
        <translation>الاسمان الأولان متقاربان وبقية الاسم متطابقة: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>her given name is not known, and her father&apos;s and grandfather&apos;s names agree: asked</source>
        <translation>اسمها غير معروف، واسما أبيها وجدها متفقان: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="653"/>
        <source>known by the same kunya, a given name not given: asked</source>
        <translation>معروفتان بالكنية نفسها، والاسم غير مذكور: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="656"/>
        <source>known as the wife of a man of the same name, one written with a word more before his name: asked</source>
        <translation>تُعرف بأنها زوجة رجل بالاسم نفسه، كُتبت في أحدهما كلمة زائدة قبل اسمه: يُسأل عنها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="660"/>
        <source>known as the wife of a man of the same name, a given name not given: asked</source>
        <translation>تُعرف بأنها زوجة رجل بالاسم نفسه، والاسم الأول غير مذكور: يُسأل عنها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="666"/>
        <source>the birth years are %1 years apart</source>
        <translation>بين سنتَي الولادة %1 سنة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="668"/>
        <source>the birth years are %1 years apart, but agree if the age given in %2 was her age when taken in %3</source>
        <translation>بين سنتَي الولادة %1 سنة، لكنهما تتفقان إن كان العمر المذكور في %2 هو عمرها عند الاختطاف في %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>nothing but the birth disagrees: asked</source>
        <translation>لا يختلف إلا تاريخ الولادة: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>the given names only partly agree and the births disagree: sisters, or one woman whose birth was given differently: asked</source>
        <translation>الاسمان الأولان متشابهان جزئياً فقط وتاريخا الولادة مختلفان: أختان، أو امرأة واحدة ذُكرت ولادتها بشكل مختلف: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="679"/>
        <source>found as %1, a record merged into %2</source>
        <translation>وُجدت بوصفها %1، وهو سجل مدموج في %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="683"/>
        <source>the record changed after this row was decided</source>
        <translation>تغيّر السجل بعد أن قُرّر أمر هذا الصف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="686"/>
        <source>added to the vault after this list was staged</source>
        <translation>أُضيف إلى الخزنة بعد تحضير هذه القائمة للاستيراد</translation>
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
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="367"/>
        <source>given name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="368"/>
        <source>father</source>
        <translation>أب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>grandfather</source>
        <translation>الجد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="370"/>
        <source>family / clan</source>
        <translation>اللقب / العشيرة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="371"/>
        <source>mother</source>
        <translation>أم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>nickname</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373"/>
        <source>other spelling</source>
        <translation>تهجئة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>nickname / other spellings</source>
        <translation>الكنية / تهجئات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="376"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377"/>
        <source>born</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379"/>
        <source>village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380"/>
        <source>district</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382"/>
        <location filename="../../ui/labels.py" line="383"/>
        <source>abduction date</source>
        <translation>تاريخ الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>abduction place</source>
        <translation>مكان الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="385"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="386"/>
        <source>date rescued</source>
        <translation>تاريخ النجاة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>status date</source>
        <translation>تاريخ الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>last known location</source>
        <translation>آخر مكان معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389"/>
        <source>notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="390"/>
        <source>case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="392"/>
        <source>phone (a family contact)</source>
        <translation>الهاتف (جهة اتصال للعائلة)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="393"/>
        <source>whom the phone reaches (name)</source>
        <translation>صاحب الهاتف (الاسم)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="394"/>
        <source>whom the phone reaches (relation)</source>
        <translation>صاحب الهاتف (صلة القرابة)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>serial number (kept, not imported)</source>
        <translation>الرقم التسلسلي (يُحفظ ولا يُستورد)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397"/>
        <source>ignore this column</source>
        <translation>تجاهل هذا العمود</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/audit_words.py" line="18"/>
        <source>Record created</source>
        <translation>أُنشئ السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="19"/>
        <source>Edited</source>
        <translation>عُدّل السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="20"/>
        <source>Updated from a list</source>
        <translation>حُدّث من قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="21"/>
        <source>A list&apos;s row withdrawn from this record</source>
        <translation>سُحب من هذا السجل صفّ من قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="24"/>
        <source>Given what was said of the whole list, not in this person&apos;s row</source>
        <translation>أُعطي ما قيل عن القائمة كلها، لا ما في سطر هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="26"/>
        <source>Merged %1 into this record</source>
        <translation>دُمج %1 في هذا السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="27"/>
        <source>Merged into %1</source>
        <translation>دُمج في %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="28"/>
        <source>Split %1 out of this record</source>
        <translation>فُصل %1 عن هذا السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="29"/>
        <source>Split out of %1</source>
        <translation>فُصل عن %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="32"/>
        <source>Other spellings from %1 set right</source>
        <translation>صُحّحت التهجئات الأخرى الواردة من %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="35"/>
        <source>Set right when this version first opened the vault</source>
        <translation>صُحّح حين فتح هذا الإصدار الخزنة أول مرة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="37"/>
        <source>Relative linked: %1</source>
        <translation>رُبط قريب: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="38"/>
        <source>Family contact added</source>
        <translation>أُضيفت جهة اتصال للعائلة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="39"/>
        <source>Family contact added from a list&apos;s phone column</source>
        <translation>أُضيفت جهة اتصال للعائلة من عمود الهاتف في قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="41"/>
        <source>Family contact taken back with a list&apos;s withdrawn row</source>
        <translation>سُحبت جهة اتصال للعائلة مع صفّ مسحوب من قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="43"/>
        <source>Photo added</source>
        <translation>أُضيفت صورة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="45"/>
        <source>Photo removed</source>
        <translation>حُذفت صورة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="46"/>
        <source>Family contact removed</source>
        <translation>حُذفت جهة اتصال للعائلة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="47"/>
        <source>Relative link removed: %1</source>
        <translation>أُزيلت صلة القرابة: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="48"/>
        <source>Deleted</source>
        <translation>حُذف السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="49"/>
        <source>Marked as not the same person as %1</source>
        <translation>سُجّل أن %1 ليس الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="50"/>
        <source>No longer marked as not the same person as %1</source>
        <translation>أُلغي تسجيل أن %1 ليس الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="52"/>
        <source>Not the same person as %1: withdrawn by a merge</source>
        <translation>سُحب بالدمج قرار أن %1 ليس الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="54"/>
        <source>Not the same person as %1: given back by a split</source>
        <translation>أُعيد بالفصل قرار أن %1 ليس الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="56"/>
        <source>Family contact changed</source>
        <translation>عُدّلت جهة اتصال للعائلة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="58"/>
        <source>Edit undone</source>
        <translation>أُلغي تعديل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="59"/>
        <source>Status withdrawn: %1</source>
        <translation>سُحبت حالة: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="60"/>
        <source>Rescue recorded</source>
        <translation>سُجّلت عملية إنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="61"/>
        <source>Rescue changed</source>
        <translation>عُدّلت عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="62"/>
        <source>Rescue ledger changed</source>
        <translation>تغيّر سجل تكاليف عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="63"/>
        <source>Rescue deleted</source>
        <translation>حُذفت عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="64"/>
        <source>Report filed</source>
        <translation>سُجّل بلاغ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="65"/>
        <source>Report changed</source>
        <translation>عُدّل البلاغ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="66"/>
        <source>Report deleted</source>
        <translation>حُذف البلاغ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="67"/>
        <source>Incident recorded</source>
        <translation>سُجّلت حادثة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="68"/>
        <source>List read and staged for import</source>
        <translation>قُرئت قائمة وحُضّرت للاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="69"/>
        <source>Rows of a list decided</source>
        <translation>اتُّخذ قرار في صفوف قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="70"/>
        <source>List imported</source>
        <translation>استُوردت قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="71"/>
        <source>Staged list discarded</source>
        <translation>أُلغيت قائمة محضّرة للاستيراد</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="72"/>
        <source>A list&apos;s row withdrawn</source>
        <translation>سُحب صفّ من قائمة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="73"/>
        <source>Saved column mapping deleted</source>
        <translation>حُذف ربط أعمدة محفوظ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="75"/>
        <source>Dossier exported</source>
        <translation>صُدّر ملف شخص</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="76"/>
        <source>Dossier printed</source>
        <translation>طُبع ملف شخص</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="77"/>
        <source>Case summary exported</source>
        <translation>صُدّر ملخص الحالات</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="78"/>
        <source>Case summary printed</source>
        <translation>طُبع ملخص الحالات</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="79"/>
        <source>Rescue report exported</source>
        <translation>صُدّر تقرير عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="80"/>
        <source>Rescue report printed</source>
        <translation>طُبع تقرير عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="81"/>
        <source>A list&apos;s rows saved to a CSV file</source>
        <translation>حُفظت صفوف قائمة في ملف ⁦CSV⁩</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="82"/>
        <source>Vault created</source>
        <translation>أُنشئت الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="83"/>
        <source>Vault unlocked</source>
        <translation>فُتحت الخزنة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="84"/>
        <source>Passphrase changed</source>
        <translation>غُيّرت عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="85"/>
        <source>Vault encrypted under a new key, with a new passphrase and recovery code</source>
        <translation>شُفّرت الخزنة بمفتاح جديد، مع عبارة مرور جديدة ورمز استرداد جديد</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="87"/>
        <source>Backup made and checked</source>
        <translation>أُنشئت نسخة احتياطية وفُحصت</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="88"/>
        <source>Restored from a backup</source>
        <translation>استُعيدت من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="89"/>
        <source>Recovery code replaced</source>
        <translation>استُبدل رمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="91"/>
        <source>Copy left beside the vault by a restore cut off, deleted</source>
        <translation>حُذفت نسخةٌ تركتها بجانب الخزنة استعادةٌ انقطعت</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="94"/>
        <source>Current statuses chosen again by this version</source>
        <translation>أعاد هذا الإصدار اختيار الحالات الحالية</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="96"/>
        <source>Reports withheld until someone judges them</source>
        <translation>حُجبت بلاغات إلى أن يُحكم عليها</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="98"/>
        <source>Dates kept as Excel numbers set right</source>
        <translation>صُحّحت تواريخ كانت محفوظة بأرقام ⁦Excel⁩</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="99"/>
        <source>Other spellings from merges set right</source>
        <translation>صُحّحت التهجئات الأخرى الواردة من عمليات الدمج</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="100"/>
        <source>List rows given back to the records split out</source>
        <translation>أُعيدت صفوف القوائم إلى السجلات المفصولة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="102"/>
        <source>Statuses an earlier split left on the record kept taken back</source>
        <translation>استُعيدت حالات تركها فصلٌ سابق في السجل المُبقى عليه</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="104"/>
        <source>Earlier lists&apos; «none» and «not known» left blank in names and places</source>
        <translation>«لا يوجد» و«غير معروف» من قوائم سابقة تُركت فارغة في الأسماء والأماكن</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="106"/>
        <source>Earlier lists&apos; ages and undated statuses read again</source>
        <translation>أُعيدت قراءة الأعمار والحالات غير المؤرخة من قوائم سابقة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="109"/>
        <source>Words of notes erased from earlier entries</source>
        <translation>مُحيت نصوص الملاحظات من القيود السابقة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="114"/>
        <source>Content erased when the record was deleted</source>
        <translation>مُحي مضمونه عند حذف السجل</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="115"/>
        <source>(erased)</source>
        <translation>(مُحي)</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="117"/>
        <source>entries about her erased: %1</source>
        <translation>قيود عنها مُحي مضمونها: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="120"/>
        <source>notes changed</source>
        <translation>تغيّرت الملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="123"/>
        <source>the words of the notes erased from this entry when this version first opened the vault</source>
        <translation>مُحي نص الملاحظات من هذا القيد عندما فتح هذا الإصدار الخزنة أول مرة</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="127"/>
        <source>entries erased of the words of notes: %1</source>
        <translation>قيود مُحي منها نص الملاحظات: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="191"/>
        <source>linked despite their births: %1 between them</source>
        <translation>رُبطا رغم تاريخي ميلادهما: بينهما %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="207"/>
        <source>folders deleted: %1</source>
        <translation>المجلدات المحذوفة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="53"/>
        <source>The vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="56"/>
        <location filename="../../ui/history_words.py" line="57"/>
        <source>Person %1</source>
        <translation>الشخص %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="58"/>
        <source>Rescue %1</source>
        <translation>عملية الإنقاذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="59"/>
        <source>Report %1</source>
        <translation>البلاغ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="60"/>
        <source>Import %1</source>
        <translation>الاستيراد %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="61"/>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="62"/>
        <source>Column mapping of %1</source>
        <translation>ربط الأعمدة لـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="72"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="73"/>
        <source>from</source>
        <translation>من أين</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="74"/>
        <source>route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="75"/>
        <source>handover point</source>
        <translation>نقطة التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="76"/>
        <source>team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="77"/>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="78"/>
        <source>handover to family</source>
        <translation>التسليم إلى العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="79"/>
        <source>needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="80"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="81"/>
        <source>the status it gives</source>
        <translation>الحالة التي تمنحها</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="82"/>
        <source>who was paid</source>
        <translation>من دُفع له</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="83"/>
        <source>what it was for</source>
        <translation>الغرض منه</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="84"/>
        <source>received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="85"/>
        <source>observed</source>
        <translation>تاريخ المشاهدة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="86"/>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="87"/>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="88"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="89"/>
        <source>credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="90"/>
        <source>whether it could identify its source</source>
        <translation>هل قد يكشف هوية مصدره</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="92"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="93"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="94"/>
        <source>relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="95"/>
        <source>persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="96"/>
        <source>proved false</source>
        <translation>ثبت أنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="97"/>
        <source>when it proved false</source>
        <translation>متى ثبت أنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="115"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (أُضيف)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="116"/>
        <source>%1: %2 (removed)</source>
        <translation>%1: %2 (حُذف)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="129"/>
        <source>sex: %1</source>
        <translation>الجنس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="132"/>
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="135"/>
        <location filename="../../ui/history_words.py" line="143"/>
        <source>dated %1</source>
        <translation>بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="137"/>
        <source>on report %1</source>
        <translation>بناءً على البلاغ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1، بتاريخ %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="146"/>
        <source>why: a merge had made a relative&apos;s name alone one of this record&apos;s other spellings; it is now inside the whole name as that record writes it</source>
        <translation>السبب: كان دمجٌ قد جعل اسم أحد الأقارب وحده من التهجئات الأخرى لهذا السجل؛ وهو الآن ضمن الاسم الكامل كما يكتبه ذلك السجل</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="156"/>
        <source>import %1, row %2</source>
        <translation>الاستيراد %1، الصف %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="158"/>
        <source>import %1</source>
        <translation>الاستيراد %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="161"/>
        <source>reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="163"/>
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="164"/>
        <source>via the command line</source>
        <translation>عبر سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="165"/>
        <source>via the desktop program</source>
        <translation>عبر برنامج سطح المكتب</translation>
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
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="201"/>
        <source>%1 (not a known currency code)</source>
        <translation>%1 (ليس رمز عملة معروفاً)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="242"/>
        <source>persons: %1</source>
        <translation>الأشخاص: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="244"/>
        <source>persons since deleted: %1</source>
        <translation>أشخاص حُذفوا منذ ذلك الحين: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="248"/>
        <source>added: %1</source>
        <translation>أُضيف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="249"/>
        <source>taken off: %1</source>
        <translation>أُزيل منه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="257"/>
        <source>gives no status</source>
        <translation>لا تمنح أي حالة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="258"/>
        <source>gives the status %1</source>
        <translation>تمنح الحالة %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="261"/>
        <source>costs: %1</source>
        <translation>التكاليف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="269"/>
        <source>ledger changed: %1; the amounts as they were: %2</source>
        <translation>تغيّرت التكاليف: %1؛ المبالغ كما كانت: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="272"/>
        <source>ledger now: %1; was: %2</source>
        <translation>التكاليف الآن: %1؛ وكانت: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="277"/>
        <source>source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="279"/>
        <source>credibility: %1</source>
        <translation>المصداقية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="283"/>
        <source>could identify its source</source>
        <translation>قد يكشف هوية مصدره</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="285"/>
        <source>cannot identify its source</source>
        <translation>لا يمكن أن يكشف هوية مصدره</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="274"/>
        <location filename="../../ui/history_words.py" line="297"/>
        <source>changed: %1</source>
        <translation>ما تغيّر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="289"/>
        <source>no longer marked proved false</source>
        <translation>لم يعد موسوماً بأنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="291"/>
        <source>marked proved false %1</source>
        <translation>وُسم بأنه كاذب %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="293"/>
        <source>still marked proved false %1</source>
        <translation>لا يزال موسوماً بأنه كاذب %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="307"/>
        <source>deleted with %1</source>
        <translation>حُذف مع %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="308"/>
        <source>records merged into it: %1</source>
        <translation>السجلات المدمجة فيه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="309"/>
        <source>rescues that named her: %1</source>
        <translation>عمليات الإنقاذ التي ذكرتها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="310"/>
        <source>reports that named her: %1</source>
        <translation>البلاغات التي ذكرتها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="311"/>
        <source>relatives: %1</source>
        <translation>الأقارب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="317"/>
        <source>for: %1</source>
        <translation>مُعدّ لـ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="320"/>
        <source>language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="323"/>
        <source>with a password</source>
        <translation>محمي بكلمة سر</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="325"/>
        <source>with the recovery code</source>
        <translation>برمز الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="327"/>
        <source>with the passphrase</source>
        <translation>بعبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="331"/>
        <source>audit chain head: %1</source>
        <translation>رأس سلسلة سجل التدقيق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="334"/>
        <source>synthetic persons, for trying things</source>
        <translation>أشخاص وهميون للتجربة</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="336"/>
        <source>records set right: %1</source>
        <translation>السجلات المصحّحة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="339"/>
        <source>reports withheld: %1</source>
        <translation>البلاغات المحجوبة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="354"/>
        <source>rows read: %1</source>
        <translation>الصفوف المقروءة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="356"/>
        <source>rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="361"/>
        <source>values the vault kept: %1</source>
        <translation>قيم أبقتها الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="367"/>
        <source>row %1: %2 %3</source>
        <translation>الصف %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="369"/>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="371"/>
        <source>as row %1 (rows: %2)</source>
        <translation>كالصف %1 (الصفوف: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="374"/>
        <source>%1 (rows: %2)</source>
        <translation>%1 (الصفوف: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="376"/>
        <source>row %1 taken back from %2</source>
        <translation>سُحب الصف %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="379"/>
        <source>the record the row had made was deleted</source>
        <translation>حُذف السجل الذي أنشأه الصف</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="397"/>
        <source>Statuses from rescue %1 taken back</source>
        <translation>سُحبت الحالات التي منحتها عملية الإنقاذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="399"/>
        <source>Status from rescue %1: %2</source>
        <translation>حالة من عملية الإنقاذ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="405"/>
        <source>Status %1 re-dated %2 → %3, as report %4</source>
        <translation>الحالة %1 أُعيد تأريخها %2 ← %3، كالبلاغ %4</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="408"/>
        <source>Status changed to %1</source>
        <translation>تغيّرت الحالة إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="433"/>
        <source>row %1 of import batch %2 decided a new person by hand</source>
        <translation>الصف %1 من دفعة الاستيراد %2 قُرّر يدوياً أنه شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="387"/>
        <location filename="../../ui/history_words.py" line="410"/>
        <source>Status recorded: %1</source>
        <translation>سُجّلت حالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="15"/>
        <source>the birth %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>التولد %1 عُرض يوماً، %2 (كان محفوظاً برقم Excel لذلك اليوم)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="17"/>
        <source>the date of abduction %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>تاريخ الاختطاف %1 عُرض يوماً، %2 (كان محفوظاً برقم Excel لذلك اليوم)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="20"/>
        <source>the date of a status %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>تاريخ إحدى الحالات %1 عُرض يوماً، %2 (كان محفوظاً برقم Excel لذلك اليوم)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="37"/>
        <source>the birth %1 read as an age: born %2 (ages written in a birth column are now read)</source>
        <translation>التولد %1 قُرئ عمراً: مولودة %2 (الأعمار المكتوبة في عمود التولد تُقرأ الآن)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="42"/>
        <source>the birth %1, read as the years %2, read as an age: born %3 (a number after a word for &apos;about&apos; in a birth column is an age, not a year written short)</source>
        <translation>التولد %1، الذي قُرئ السنوات %2، قُرئ عمراً: الولادة %3 (العدد بعد كلمة «حوالي» في عمود الولادة عمرٌ، لا سنة مكتوبة مختصرة)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="48"/>
        <source>the status %1, which a list gave with no date, dated by %2: the day the list was read</source>
        <translation>الحالة %1، التي أعطتها قائمة بلا تاريخ، أُرّخت بـ %2: يوم قراءة القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="57"/>
        <source>why: an import of an earlier version had stored words that say none is known as names or places; they are left blank</source>
        <translation>السبب: كان استيراد بإصدار سابق قد حفظ كلمات تقول إنه غير معروف على أنها أسماء أو أماكن؛ تُركت فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="61"/>
        <source>the status %1 (%2), which came with %3, taken back: a split of an earlier version had left it here</source>
        <translation>استُعيدت الحالة %1 (%2) التي جاءت مع %3: كان فصلٌ في إصدار سابق قد تركها هنا</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="66"/>
        <source>current status %1, where it was %2 (the day report %3 came in was corrected: what it tells reaches no later than that day)</source>
        <translation>الحالة الحالية %1، وكانت %2 (صُحّح يوم وصول البلاغ %3: ما يرويه لا يتجاوز ذلك اليوم)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="72"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case; a date reaches no later than its report came in or the day it was told)</source>
        <translation>الحالة الحالية %1، وكانت %2 (تُعتمد الحالة المُبلّغ عنها لاحقاً، ما لم تكن خطوة إلى الوراء في مسار القضية؛ ولا يتجاوز التاريخ يوم وصول بلاغه أو يوم الإبلاغ به)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="78"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case)</source>
        <translation>الحالة الحالية %1، وكانت %2 (تُعتمد الحالة المُبلّغ عنها لاحقاً، ما لم تكن خطوة إلى الوراء في مسار القضية)</translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <location filename="../../ui/import_changes.py" line="36"/>
        <source>%1 (Latin letters)</source>
        <translation>%1 (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="38"/>
        <source>%1 (Arabic script)</source>
        <translation>%1 (بالحروف العربية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="41"/>
        <source>other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="43"/>
        <source>circumstances of the abduction</source>
        <translation>ظروف الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="45"/>
        <source>held by</source>
        <translation>محتجز لدى</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="46"/>
        <source>sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="47"/>
        <source>incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="73"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (يُضاف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="102"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="114"/>
        <source>list “%1”</source>
        <translation>القائمة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="116"/>
        <source>batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="118"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="119"/>
        <source>read %1</source>
        <translation>قُرئت في %1</translation>
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
        <translation>%1، قُرئت على أنها %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="172"/>
        <source>%1: the list says %2; kept as in the vault: %3</source>
        <translation>%1: القائمة تقول %2؛ يبقى كما في الخزنة: %3</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/import_report.py" line="31"/>
        <source>Import batch %1 (%2): %3</source>
        <translation>دفعة الاستيراد %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="32"/>
        <location filename="../../ui/import_report.py" line="465"/>
        <source>, sheet %1</source>
        <translation>، الورقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="33"/>
        <source>, source %1</source>
        <translation>، المصدر %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="34"/>
        <source>file SHA-256 %1</source>
        <translation>بصمة SHA-256 للملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="35"/>
        <source>rows read %1 (blank rows skipped: %2)</source>
        <translation>الصفوف المقروءة %1 (الصفوف الفارغة المتخطاة: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="36"/>
        <source>matching: %1</source>
        <translation>المطابقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="37"/>
        <source>decisions: %1</source>
        <translation>القرارات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="38"/>
        <source>result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="39"/>
        <source>counts reconciled: %1</source>
        <translation>الأعداد متطابقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="40"/>
        <source>sex said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>الجنس المذكور عن كل من تضيفهم هذه القائمة: %1، أُعطي لـ %2 من الأشخاص الجدد الذين لا تذكره صفوفهم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="42"/>
        <source>status said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>الحالة المذكورة عن كل من تضيفهم هذه القائمة: %1، أُعطيت لـ %2 من الأشخاص الجدد الذين لا تذكرها صفوفهم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="44"/>
        <source>sex said of everyone this list adds not given to %1 new person(s) under a section heading that says the other sex (%2): given the heading&apos;s, as each row says</source>
        <translation>الجنس المذكور عن كل من تضيفهم هذه القائمة لم يُعطَ لـ %1 من الأشخاص الجدد تحت عنوان قسم يذكر الجنس الآخر (%2): أُعطوا جنس العنوان، كما يذكر كل صف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="47"/>
        <source>sex not given to %1 new person(s) whose row&apos;s sex cell says something not read as a sex: left unknown, the cell kept with the list&apos;s row</source>
        <translation>لم يُعطَ الجنس لـ %1 من الأشخاص الجدد الذين في خانة الجنس من صفهم كلام لم يُقرأ جنساً: بقي مجهولاً، والخانة محفوظة مع صف القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="50"/>
        <source>status not given to %1 new person(s) whose row&apos;s status cell says something not read as a status: left unknown, the cell kept with the list&apos;s row</source>
        <translation>لم تُعطَ الحالة لـ %1 من الأشخاص الجدد الذين في خانة الحالة من صفهم كلام لم يُقرأ حالةً: بقيت مجهولة، والخانة محفوظة مع صف القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="58"/>
        <source>not given to %1 probable match(es) made new persons in bulk (rows %2): each may be a woman the vault knows, listed as a possible duplicate; a row decided a new person by hand is given them</source>
        <translation>لم يُعطَ لـ %1 من التطابقات المحتملة التي جُعلت أشخاصاً جدداً دفعة واحدة (الصفوف %2): قد تكون كل منها امرأة تعرفها الخزنة، وهي مذكورة تكراراً محتملاً؛ أما الصف الذي يُقرَّر شخصاً جديداً باليد فيُعطاه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="61"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="62"/>
        <source>NO</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="63"/>
        <source>file: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="70"/>
        <source>not imported: column %1, %2 cell with a value (kept with the list&apos;s rows)</source>
        <translation>لم يُستورد العمود %1: عدد الخلايا التي فيها قيمة %2 (تُحفظ مع صفوف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="72"/>
        <source>not imported: column %1, %2 cells with a value (kept with the list&apos;s rows)</source>
        <translation>لم يُستورد العمود %1: عدد الخلايا التي فيها قيمة %2 (تُحفظ مع صفوف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="74"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 row (kept in the list&apos;s row only)</source>
        <translation>لم يُستورد: الاسم الرابع تحت %1، وهو اسم والد جدّها (عدد الصفوف: %2؛ يبقى في صف القائمة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="76"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 rows (kept in the list&apos;s rows only)</source>
        <translation>لم يُستورد: الاسم الرابع تحت %1، وهو اسم والد جدّها (عدد الصفوف: %2؛ يبقى في صفوف القائمة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="78"/>
        <source>rejected row %1: %2</source>
        <translation>الصف %1 مرفوض: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="79"/>
        <source>warning row %1: %2</source>
        <translation>تحذير في الصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="81"/>
        <source>warning %1 (%2 rows): %3</source>
        <translation>تحذير في %1 (عدد الصفوف %2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="82"/>
        <source>... and %1 more warnings (--json lists all)</source>
        <translation>... و%1 تحذيرات أخرى (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="83"/>
        <source>... and %1 more rejected rows (--json lists all)</source>
        <translation>... و%1 صفوف مرفوضة أخرى (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="84"/>
        <source>... and %1 more skipped rows (--json lists all)</source>
        <translation>... و%1 صفوف أخرى تُخطّيت (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="85"/>
        <source>skipped row %1: %2</source>
        <translation>تُخطّي الصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="86"/>
        <source>%1 (row %2)</source>
        <translation>%1 (الصف %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="87"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4)</source>
        <translation>تكرار محتمل في الصف %1: أُنشئ %2، وهو تطابق محتمل مع %3 (الدرجة %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="98"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5</source>
        <translation>تعارض في الصف %1 (%2): %3: تحفظ الخزنة %4، وتقول القائمة %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="109"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (row withdrawn since)</source>
        <translation>تعارض في الصف %1 (%2): %3: تحفظ الخزنة %4، وتقول القائمة %5 (سُحب الصف منذئذ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="111"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (settled since by a withdrawal)</source>
        <translation>تعارض في الصف %1 (%2): %3: تحفظ الخزنة %4، وتقول القائمة %5 (حُسم منذئذ بسحب صف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="113"/>
        <source>%1, read as %2</source>
        <translation>%1، قُرئت على أنها %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="115"/>
        <source>the list&apos;s %1 %2 differs from the vault&apos;s %3 (kept)</source>
        <translation>ما تقوله القائمة في %1، %2، يختلف عمّا تحفظه الخزنة، %3 (أُبقي ما في الخزنة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="116"/>
        <source>%1 conflict the vault already notes (from batch %2): not noted again</source>
        <translation>%1 تعارض مسجّل في الخزنة من قبل (من الدفعة %2): لم يُسجَّل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="118"/>
        <source>%1 conflicts the vault already notes (from batch %2): not noted again</source>
        <translation>%1 تعارضات مسجّلة في الخزنة من قبل (من الدفعة %2): لم تُسجَّل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="120"/>
        <source>%1 conflict repeats what an earlier row of this list said (%2): not noted again</source>
        <translation>%1 تعارض يكرّر ما قاله صف سابق من هذه القائمة (%2): لم يُسجَّل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="122"/>
        <source>%1 conflicts repeat what earlier rows of this list said (%2): not noted again</source>
        <translation>%1 تعارضات تكرّر ما قالته صفوف سابقة من هذه القائمة (%2): لم تُسجَّل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="124"/>
        <source>status row %1 (%2): %3 -&gt; %4</source>
        <translation>الحالة في الصف %1 (%2): %3 ← %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="125"/>
        <source>status row %1 (%2): %3 -&gt; %4 (row withdrawn since)</source>
        <translation>الحالة في الصف %1 (%2): %3 ← %4 (سُحب الصف منذئذ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="127"/>
        <source>corrected by its sender row %1 (%2): %3 %4 -&gt; %5 (batch %6 row %7 -&gt; batch %8 row %9)</source>
        <translation>صحّحه مُرسِله في الصف %1 (%2): %3 %4 -&gt; %5 (الدفعة %6 الصف %7 -&gt; الدفعة %8 الصف %9)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="129"/>
        <source>... and %1 more values corrected by their sender (--json lists all)</source>
        <translation>... و%1 قيمة أخرى صحّحها مُرسِلوها (يسردها --json كلها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="131"/>
        <source>... and %1 more status changes (--json lists all)</source>
        <translation>... و%1 تغييرات أخرى في الحالة (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="132"/>
        <source>row %1 matched %2, since merged into %3: %3 was updated</source>
        <translation>الصف %1 طابق %2 الذي دُمج بعد ذلك في %3: حُدّث %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="133"/>
        <source>%1 possible duplicates: check them with %2; if two are one person, join them, e.g. row %3 with %4</source>
        <translation>%1 تكرارات محتملة: افحصها بالأمر %2؛ وإن كان اثنان منها شخصاً واحداً فادمجهما، مثلاً الصف %3 بالأمر %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="138"/>
        <source>possible duplicate row %1: created %2, asked about %3 only because the whole name agrees (score %4)</source>
        <translation>تكرار محتمل في الصف %1: أُنشئ %2، وسُئل عن %3 فقط لأن الاسم الكامل متطابق (الدرجة %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="140"/>
        <source>row %1 decided a new person by hand: %2 is kept as not the same person as %3</source>
        <translation>الصف %1 قُرّر يدويًا شخصًا جديدًا: حُفظ أن %2 ليس الشخص نفسه مثل %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="142"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair with %2 before any %3</source>
        <translation>%1 تكرارات محتملة، وليس بينها تطابق محتمل لا يفرّق شيءٌ بين طرفيه: قارن كل زوج بـ %2 قبل أي %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="147"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all: %4</source>
        <translation>%1: سُحبت %2 التي تذكرها القائمة من الشخص في %3 لأنها قيلت خطأً، ولا تُعيَّن من جديد؛ إن كانت صحيحة في النهاية: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="149"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back: %6</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن سحبها المُرسِل: %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="151"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one: %6, then %7</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن كان تاريخ القائمة هو الصحيح: %6، ثم %7</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="154"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it with %3 (a status added after it would leave it in the person&apos;s history)</source>
        <translation>%1: الحالة التي تذكرها قائمة خلافاً لما في الخزنة تُسجَّل ملاحظةً، ولا يضعها الاستيراد أبداً: إن كانت الحالة %2 في الخزنة خاطئة فاسحبها بالأمر %3 (حالة تُضاف بعدها تُبقيها في تاريخها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="158"/>
        <source>update %1</source>
        <translation>تحديث %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="159"/>
        <source>the same woman as row %1</source>
        <translation>المرأة نفسها التي في الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="160"/>
        <source>decided by hand row %1: %2</source>
        <translation>قرار يدوي في الصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="161"/>
        <source> (was %1; changed with --override)</source>
        <translation> (كان %1؛ غُيّر بالخيار ⁦--override⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="162"/>
        <source>; despite %1: %2</source>
        <translation>؛ رغم %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="163"/>
        <source>; the given name only partly agreed: list %1, vault %2</source>
        <translation>؛ الاسم الأول لم يتفق إلا جزئياً: القائمة %1، الخزنة %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="164"/>
        <source>... and %1 more rows decided by hand (--json lists all)</source>
        <translation>... و%1 صفوف أخرى قُرّرت يدوياً (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="165"/>
        <source>decided in bulk (%1): %2 %3</source>
        <translation>قرار جماعي (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="166"/>
        <source>decided with row %1, the same woman by the names: %2</source>
        <translation>قرار مع الصف %1 (المرأة نفسها بحسب الأسماء): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="167"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="168"/>
        <source>rows %1</source>
        <translation>الصفوف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="169"/>
        <source> and %1 more runs (--json lists all)</source>
        <translation> و%1 مجموعات أخرى (يسردها كلها ⁦--json⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="170"/>
        <source>since batch %1</source>
        <translation>منذ الدفعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="171"/>
        <source>batch %1, a later version of this list (%2), was committed on %3: this older version is compared with the version before it, and a status it gives against the later one&apos;s is noted, not taken</source>
        <translation>الدفعة %1، وهي نسخة أحدث من هذه القائمة (%2)، أُدخلت في %3: تُقارَن هذه النسخة الأقدم بالنسخة التي سبقتها، والحالة التي تذكرها خلافًا لحالة النسخة الأحدث تُسجَّل ولا تُعتمد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="174"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="175"/>
        <source>, rows: %1 added, %2 removed, %3 changed, %4 unchanged, %5 repeated within the list</source>
        <translation>: صفوف مضافة %1، محذوفة %2، متغيرة %3، دون تغيير %4، مكررة داخل القائمة %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="177"/>
        <source>, %1 not compared (rejected or no name)</source>
        <translation>، لم تُقارن %1 (مرفوضة أو بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="178"/>
        <source> (rows in all: %1)</source>
        <translation> (مجموع الصفوف %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="179"/>
        <source>rows are known by their names, not their numbers: %1 unchanged rows only moved to another row</source>
        <translation>تعرف الصفوف بأسمائها لا بأرقامها: %1 من الصفوف دون تغيير انتقلت فقط إلى رقم صف آخر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="183"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="184"/>
        <source>rows whose status changed</source>
        <translation>صفوف تغيرت حالتها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="185"/>
        <source>other changed rows</source>
        <translation>صفوف متغيرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="186"/>
        <source>added row %1: %2</source>
        <translation>صف مضاف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="187"/>
        <source>removed row %1 of batch %2: %3</source>
        <translation>صف محذوف %1 من الدفعة %2: %3</translation>
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
        <translation>؛ لم يعد مذكوراً: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="192"/>
        <source>changed row %1 (was row %2): %3: %4</source>
        <translation>صف متغير %1 (كان الصف %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="196"/>
        <source>%1 (a ditto of row %2)</source>
        <translation>%1 (علامة تكرار للصف %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="197"/>
        <source>%1 (a ditto of row %2, read again: that import kept no reading of it)</source>
        <translation>%1 (علامة تكرار للصف %2، قُرئت من جديد: ذلك الاستيراد لم يحفظ قراءتها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="199"/>
        <source>%1 (a ditto with no row above it to repeat)</source>
        <translation>%1 (علامة تكرار ليس فوقها صف تكرره)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="200"/>
        <source>%1 (a ditto mark, not read: that import kept no reading of it, nor every row above it)</source>
        <translation>%1 (علامة تكرار لم تُقرأ: ذلك الاستيراد لم يحفظ قراءتها ولا كل الصفوف التي فوقها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="202"/>
        <source>no longer given in row %1 (was row %2): %3: %4</source>
        <translation>لم يعد مذكوراً في الصف %1 (كان الصف %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="203"/>
        <source>columns no longer in the list: %1</source>
        <translation>أعمدة لم تعد في القائمة: %1</translation>
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
        <translation>الخانة المتروكة فارغة أو العمود المحذوف ليسا تغييراً: تحفظ الخزنة ما أعطته النسخ السابقة (يسرد ⁦`person show`⁩ صفوفها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="208"/>
        <source>repeated row %1: %2, as row %3</source>
        <translation>صف مكرر %1: %2، مثل الصف %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="209"/>
        <location filename="../../ui/list_changes.py" line="153"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="210"/>
        <source>added rows</source>
        <translation>صفوف مضافة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="211"/>
        <source>removed rows</source>
        <translation>صفوف محذوفة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="212"/>
        <source>changed rows</source>
        <translation>صفوف متغيرة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="213"/>
        <source>repeated rows</source>
        <translation>صفوف مكررة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="214"/>
        <source>rows with a cell left blank</source>
        <translation>صفوف فيها خانة متروكة فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="215"/>
        <source>... %1 more %2 (--json lists up to 500)</source>
        <translation>... %1 أخرى من %2 (يسرد ⁦--json⁩ حتى 500)</translation>
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
        <translation>القرار: تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="218"/>
        <source>a repeat of row %1, which was skipped</source>
        <translation>تكرار للصف %1 الذي تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="224"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="225"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="249"/>
        <source>below the line on row %1, which ends the list: check that this row is a person</source>
        <translation>تحت السطر في الصف %1 الذي ينهي القائمة: تحقق من أن هذا الصف شخص</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="254"/>
        <source>column %1: %2 lost letters (&apos;?&apos;) to the cp1256 encoding; the text is kept</source>
        <translation>العمود %1: فقد %2 حروفًا (ظهرت &apos;?&apos;) بسبب ترميز cp1256؛ يُحفظ النص كما هو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="256"/>
        <source>column %1: %2 read as %3; %4 may be a family name: it begins with the article (ال, al) but has no clan ending (-ي, -ية, -اني, -وي; -i)</source>
        <translation>العمود %1: قُرئ %2 هكذا: %3؛ قد يكون %4 لقبًا أو اسم عشيرة: يبدأ بأداة التعريف (ال، al) لكن ليست له نهاية اسم عشيرة (-ي، -ية، -اني، -وي؛ -i)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="258"/>
        <source>column %1: %2 is the name of a village; check that the name and the village are not in each other&apos;s columns</source>
        <translation>العمود %1: %2 اسم قرية؛ تحقق من أن الاسم والقرية ليسا في عمودي بعضهما</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="260"/>
        <source>column %1: sex %2 not recognised; left unknown</source>
        <translation>العمود %1: الجنس %2 غير معروف؛ تُرك غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="261"/>
        <source>column %1: status %2 not recognised; no status is set from it (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: الحالة %2 غير معروفة؛ لا تُسجَّل منها أي حالة (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="263"/>
        <source>column %1: status date in %2 is in the future; the status is kept without it</source>
        <translation>العمود %1: تاريخ الحالة في %2 في المستقبل؛ تُحفظ الحالة من دونه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="265"/>
        <source>column %1: date rescued %2 is not a date that can be read (or lies in the future); no rescue is taken from it (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: تاريخ النجاة %2 ليس تاريخًا يمكن قراءته (أو يقع في المستقبل)؛ لا تُؤخذ منه نجاة (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="268"/>
        <source>column %1: date rescued %2 beside a status that was not recognised; no rescue is taken from it</source>
        <translation>العمود %1: تاريخ النجاة %2 بجانب حالة لم تُعرف؛ لا تُؤخذ منه نجاة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="272"/>
        <source>column %1: date rescued %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>العمود %1: تاريخ النجاة %2 ليس التاريخ المذكور في الحالة (%3)؛ يُحفظ تاريخ الحالة نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="274"/>
        <source>column %1: date rescued %2, but the status is %3; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>العمود %1: تاريخ النجاة %2، لكن الحالة: %3؛ لا يُستورد التاريخ (يُحفظ في صف القائمة الأصلي)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="282"/>
        <source>column %1: %2 is not a date we can read; the text is kept</source>
        <translation>العمود %1: %2 ليس تاريخًا يمكننا قراءته؛ يُحفظ النص</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="283"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to a person deleted since: it is decided anew, as a row not seen before</source>
        <translation>الصف نفسه كما في آخر استيراد لهذه القائمة (الدفعة %1، الصف %2) ذهب إلى شخص حُذف منذ ذلك الحين: يُقرَّر فيه من جديد، كصف لم يُرَ من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="286"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to %3, which %4 was merged into and split out of since, without telling which of the two the row is: it is decided anew, by the names, and asked</source>
        <translation>الصف نفسه في آخر استيراد لهذه القائمة (الدفعة %1، الصف %2) ذهب إلى %3، الذي دُمج فيه %4 ثم فُصل عنه منذ ذلك الحين، دون أن يتبيّن لأيّ الاثنين هذا الصف: يُقرَّر من جديد بحسب الأسماء ويُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="296"/>
        <source>the record this row was matched to was deleted when row %1 of import batch %2 was withdrawn from it: matched again against the vault as it is now; decide again</source>
        <translation>السجل الذي طوبق معه هذا الصف حُذف حين سُحب منه الصف %1 من دفعة الاستيراد %2: طوبق الصف من جديد مع الخزنة كما هي الآن؛ قرِّر فيه مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="302"/>
        <source>column %1: %2 lies in the future; the text is kept</source>
        <translation>العمود %1: %2 يقع في المستقبل؛ يُحفظ النص</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="303"/>
        <source>column %1: %2 would be %3 as an Excel date number, which cannot be this date; the text is kept, with no date read from it</source>
        <translation>العمود %1: %2 بوصفه رقم تاريخ في جدول إكسل يكون %3، ولا يمكن أن يكون هذا التاريخ؛ يُحفظ النص كما كُتب دون قراءة تاريخ منه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="305"/>
        <source>column %1: %2 read as the year %3: the cell held the number %3 shown as a date</source>
        <translation>العمود %1: قُرئ %2 على أنه السنة %3: كانت الخلية تحمل الرقم %3 معروضًا بصيغة تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="307"/>
        <source>column %1: %2 may be %3 (day first) or %4 (month first), and this column writes dates both ways: read as the year %5 only; check which is meant</source>
        <translation>العمود %1: قد يكون %2 هو %3 (اليوم أولًا) أو %4 (الشهر أولًا)، وهذا العمود يكتب التواريخ بالطريقتين: قُرئ على أنه السنة %5 فقط؛ تحقق أيهما المقصود</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="310"/>
        <source>column %1: %2 is before %3, when the abductions from Sinjar began; check the row</source>
        <translation>العمود %1: %2 يسبق %3، يوم بدأت عمليات الاختطاف في سنجار؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="312"/>
        <source>column %1: %2 gives the year in two digits and was read as %3, but it may be %4; check which is meant</source>
        <translation>العمود %1: السنة في %2 مكتوبة برقمين، فقُرئ التاريخ على أنه %3، لكنه قد يكون %4؛ تحقق أيهما المقصود</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="315"/>
        <source>column %1: %2 gives the year in two digits and was read as %3; check that this is the year meant</source>
        <translation>العمود %1: السنة في %2 مكتوبة برقمين، فقُرئ التاريخ على أنه %3؛ تحقق من أنها السنة المقصودة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="318"/>
        <source>column %1: %2 puts the birth after the abduction, %3 in column %4; check the row</source>
        <translation>العمود %1: %2 يجعل الولادة بعد تاريخ الاختطاف %3 في العمود %4؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="333"/>
        <source>column %1: %2 is read as an age, as the column&apos;s numbers are ages, not years: born %3; check the row</source>
        <translation>العمود %1: قُرئ %2 عمرًا، لأن أرقام هذا العمود أعمار لا سنوات: الولادة %3؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="335"/>
        <source>column %1: %2 is read as the year %3, as the column writes years in two digits, but it may be an age; check the row</source>
        <translation>العمود %1: قُرئ %2 السنة %3، لأن هذا العمود يكتب السنوات برقمين، لكنه قد يكون عمرًا؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="345"/>
        <source>column %1: %2 may be an age or a year written short, and the column does not say which: not read as a date, the text is kept; check the row</source>
        <translation>العمود %1: قد يكون %2 عمرًا أو سنة مكتوبة مختصرة، ولا يبيّن العمود أيهما: لم يُقرأ تاريخًا، ويُحفظ النص كما كُتب؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="348"/>
        <source>column %1: %2 is read as an age (born %3), but it may be the year %4; check the row</source>
        <translation>العمود %1: قُرئ %2 عمرًا (الولادة %3)، لكنه قد يكون السنة %4؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="355"/>
        <source>column %1: %2 is an age, not a date of birth: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: %2 عمرٌ لا تاريخ ولادة: قُرئت الولادة %3 (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="357"/>
        <source>column %1: %2 is a year, not an age: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: %2 سنةٌ لا عمر: قُرئت الولادة %3 (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="362"/>
        <source>column %1: the status %2 is said only of a woman: read as female (the list gives no sex)</source>
        <translation>العمود %1: الحالة %2 لا تُقال إلا عن امرأة: قُرئت أنثى (القائمة لا تذكر الجنس)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="364"/>
        <source>sex read as %3 from the section heading %1 of row %2 (the row gives no sex)</source>
        <translation>قُرئ الجنس %3 من عنوان القسم %1 في الصف %2 (لا يذكر الصف الجنس)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="366"/>
        <source>column %1: %2 is read as %3, but the section heading %4 of row %5 says %6: the row&apos;s own is kept; check the row</source>
        <translation>العمود %1: %2 يُقرأ %3، لكن عنوان القسم %4 في الصف %5 يقول %6: أُبقي ما يقوله الصف نفسه؛ تحقّق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="368"/>
        <source>column %1: %2 is not a name; not taken</source>
        <translation>العمود %1: %2 ليس اسمًا؛ لم يُؤخذ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="369"/>
        <source>column %1: %2: %3 does not spell the name; it stays in the list&apos;s values only</source>
        <translation>العمود %1: %2: %3 ليس تهجئةً للاسم؛ يبقى في قيم القائمة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="371"/>
        <source>column %1: %2 holds two spellings; %3 is the name, %4 an alias</source>
        <translation>العمود %1: في %2 تهجئتان؛ %3 هو الاسم، %4 اسم آخر لها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="372"/>
        <source>column %1: %2 holds two spellings; %3 is kept, %4 stays in the list&apos;s values only</source>
        <translation>العمود %1: في %2 تهجئتان؛ تُحفظ %3، وتبقى %4 في قيم القائمة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="374"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 as an alias</source>
        <translation>العمود %1: يختلف %2 عن %3 في العمود %4، وكلاهما %5 بالخط نفسه: يُحفظ %3 بوصفه %5، و%2 اسمًا آخر لها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="376"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 inside an alias of the whole name, %6</source>
        <translation>العمود %1: يختلف %2 عن %3 في العمود %4، وكلاهما %5 بالخط نفسه: يُحفظ %3 بوصفه %5، و%2 ضمن اسم آخر لها هو الاسم الكامل %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="378"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 stays in the list&apos;s row only</source>
        <translation>العمود %1: يختلف %2 عن %3 في العمود %4، وكلاهما %5 بالخط نفسه: يُحفظ %3 بوصفه %5، ويبقى %2 في صف القائمة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="392"/>
        <source>column %1: %2 repeats row %3: %4</source>
        <translation>العمود %1: %2 تكرار لما في الصف %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="393"/>
        <source>column %1: %2 repeats the cell above, but this is the list&apos;s first row: left blank</source>
        <translation>العمود %1: %2 تكرار للخانة التي فوقها، لكن هذا أول صف في القائمة: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="395"/>
        <source>column %1: %2 repeats row %3, whose cell is blank: left blank</source>
        <translation>العمود %1: %2 تكرار لما في الصف %3، وخانته فارغة: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="397"/>
        <source>column %1: %2 repeats the row above, row %3, which is a heading, not a person: left blank; check the row</source>
        <translation>العمود %1: %2 يكرر الصف الذي فوقه، الصف %3، وهو عنوان وليس شخصاً: تُرك فارغاً؛ تحقّق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="399"/>
        <source>column %1: %2 repeats the row above, which this row, read again alone, does not have: left blank</source>
        <translation>العمود %1: %2 تكرار للصف الذي فوقه، وهذا الصف المقروء من جديد وحده ليس له صف فوقه: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="401"/>
        <source>column %1: %2 says the same as the row above, but who the person is (a name of their own, a case number) is never copied from another row: it would make a second record of the person above; left blank, check the row</source>
        <translation>العمود %1: %2 تعني مثل الصف الذي فوقه، لكن ما يعرّف الشخص (اسمه الخاص، رقم الملف) لا يُنسخ أبداً من صف آخر: فذلك يصنع سجلاً ثانياً للشخص الذي فوقه؛ تُرك فارغاً، تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="405"/>
        <source>column %1: %2 is what a program writes for an empty cell: left blank</source>
        <translation>العمود %1: %2 هو ما يكتبه برنامج لخلية فارغة: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="407"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file): left out; ask the sender for a copy with values</source>
        <translation>العمود %1: %2 خطأ في جدول البيانات (صيغة معطوبة في ملف المُرسِل): تُرك جانباً؛ اطلب من المُرسِل نسخة فيها القيم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="410"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file), not a name, and the row has no other name: not imported; ask the sender for a copy with values</source>
        <translation>العمود %1: %2 خطأ في جدول البيانات (صيغة معطوبة في ملف المُرسِل)، لا اسم، وليس في الصف اسم آخر: لم يُستورد؛ اطلب من المُرسِل نسخة فيها القيم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="417"/>
        <source>column %1: %2 is a kunya (mother of %3), not her given name: read as her nickname; her given name is not in the list</source>
        <translation>العمود %1: %2 كنية (أم %3) وليس اسمها الأول: قُرئت كنيةً لها؛ اسمها الأول ليس في القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="464"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="466"/>
        <source>, row %1</source>
        <translation>، الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="467"/>
        <source>, column %1</source>
        <translation>، العمود %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="468"/>
        <source>not UTF-8; read as Windows Arabic (cp1256). That encoding cannot hold the Sorani letters %1</source>
        <translation>ليس بترميز ⁦UTF-8⁩؛ قُرئ بترميز ⁦Windows⁩ العربي (cp1256)، وهذا الترميز لا يحمل الحروف السورانية %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="479"/>
        <source>the cell holds a line break (from line %1 of the file); if that is not meant, a quote is out of place</source>
        <translation>في الخلية سطر جديد (من السطر %1 في الملف)؛ إن لم يكن مقصوداً فهناك علامة تنصيص في غير موضعها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="481"/>
        <source>&apos;?&apos; inside Arabic-script text: a Sorani letter was lost when the file was saved as Windows Arabic (cp1256); ask for a UTF-8 copy</source>
        <translation>&apos;?&apos; داخل نص بالحروف العربية: ضاع حرف سوراني حين حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256)؛ اطلب نسخة ⁦UTF-8⁩</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="483"/>
        <source>%1 cells in all have &apos;?&apos; inside Arabic-script text (lost Sorani letters)</source>
        <translation>في %1 خلية إجمالاً &apos;?&apos; داخل نص بالحروف العربية (حروف سورانية ضائعة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="485"/>
        <source>cells %1 are merged; the value was repeated on each of their rows</source>
        <translation>الخلايا %1 مدمجة؛ كُررت القيمة في كل صف من صفوفها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="496"/>
        <source>read sheet %1; passed over %2</source>
        <translation>قُرئت الورقة %1؛ وتُركت %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="497"/>
        <source>read sheet %1, the one that holds a list; passed over %2</source>
        <translation>قُرئت الورقة %1، وهي التي تحوي القائمة؛ وتُركت %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="498"/>
        <source>column %1: %2 was not read as a telephone number (letters, or too few digits); no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: لم تُقرأ %2 رقمَ هاتف (فيها حروف، أو أرقامها قليلة جدًا)؛ لا تُنشأ منها جهة اتصال (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="501"/>
        <source>column %1: %2 is a date, not a telephone number; no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: %2 تاريخ، لا رقم هاتف؛ لا تُنشأ منه جهة اتصال (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="503"/>
        <source>column %1: %2 names whom to call, but the row gives no telephone number; no contact is made (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: %2 يذكر من يُتصل به، لكن الصف لا يعطي رقم هاتف؛ لا تُنشأ جهة اتصال (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="515"/>
        <source>family contacts added from the phone column: %1 (%2)</source>
        <translation>جهات اتصال للعائلة أُضيفت من عمود الهاتف: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="516"/>
        <source>family contacts from the phone column: %1 would be added, %2 already among the person&apos;s contacts, %3 on rows waiting for a decision</source>
        <translation>جهات اتصال العائلة من عمود الهاتف: سيُضاف %1، و%2 موجودة أصلًا في جهات اتصال الشخص، و%3 في صفوف تنتظر قرارًا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="519"/>
        <source>numbers already among the person&apos;s family contacts, not added again: %1 (%2)</source>
        <translation>أرقام موجودة أصلًا في جهات اتصال عائلتها، لم تُضف مرة أخرى: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="530"/>
        <source>%1 below the list is %2 line, not a person; not imported</source>
        <translation>%1 تحت القائمة سطر %2، وليس شخصاً؛ لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="531"/>
        <source>%1 below the line on row %2 is a number, not a person; not imported</source>
        <translation>%1 تحت السطر في الصف %2 رقم، وليس شخصاً؛ لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="533"/>
        <source>no name in any name column</source>
        <translation>لا اسم في أي عمود من أعمدة الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="534"/>
        <source>column %1: %2 names two persons, %3 and %4; not imported: split it into one row for each and import the list again</source>
        <translation>العمود %1: يذكر %2 شخصين، %3 و%4؛ لا يُستورد: اقسمه إلى صف لكل منهما واستورد القائمة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="544"/>
        <source>column %1: %2 is a count, not a person: a totals line; not imported</source>
        <translation>العمود %1: %2 عدد، وليس شخصاً: سطر مجموع؛ لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="555"/>
        <source>column %1: %2 holds a number, which no name does; not imported: check the row and import the list again</source>
        <translation>العمود %1: في %2 رقم، ولا رقم في اسم؛ لا يُستورد: تحقق من الصف واستورد القائمة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="557"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; import a UTF-8 copy of the list</source>
        <translation>العمود %1: فقد %2 حروفًا (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256) الذي لا يحمل الحروف السورانية؛ استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="144"/>
        <source>a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, set it on the person&apos;s page or with %1</source>
        <translation>الحالة التي تذكرها قائمة خلافاً لما في الخزنة تُسجَّل ملاحظةً، ولا يضعها الاستيراد أبداً: إن صحّت فضعها في صفحة الشخص أو بالأمر %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="53"/>
        <source>status not given to %1 probable match(es) made new persons in bulk (rows %2): the record each resembles is rescued, reunited or deceased, and she may be that woman, whom the list&apos;s status would count among the held a second time; given the sex; a row decided a new person by hand is given the status</source>
        <translation>لم تُعطَ الحالة لـ %1 من التطابقات المحتملة التي جُعلت أشخاصاً جدداً دفعة واحدة (الصفوف %2): السجل الذي يشبهه كلٌّ منها مُنقذ أو عائد إلى أهله أو متوفى، وقد تكون هي تلك المرأة، فتعدّها حالة القائمة بين المحتجزات مرة ثانية؛ أُعطيت الجنس؛ والصف الذي قُرّر يدوياً شخصاً جديداً يُعطى الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="64"/>
        <source>not imported: column %1, %2 number that is not this vault&apos;s case number (%3): kept with the list&apos;s rows only, not on the record, and not found by search</source>
        <translation>لم يُستورد: العمود %1، %2 رقم ليس رقم حالة في هذه الخزنة (%3): يُحفظ مع صفوف القائمة فقط، لا في السجل، ولا يجده البحث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="67"/>
        <source>not imported: column %1, %2 numbers that are not this vault&apos;s case numbers (such as %3): kept with the list&apos;s rows only, not on the records, and not found by search</source>
        <translation>لم يُستورد: العمود %1، %2 أرقام ليست أرقام حالات في هذه الخزنة (مثل %3): تُحفظ مع صفوف القائمة فقط، لا في السجلات، ولا يجدها البحث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="90"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); a merge refuses: they disagree on %5</source>
        <translation>تكرار محتمل في الصف %1: أُنشئ %2، وهو تطابق محتمل مع %3 (الدرجة %4)؛ الدمج يرفض: يختلفان في %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="93"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); the two are merged since</source>
        <translation>تكرار محتمل في الصف %1: أُنشئ %2، وهو تطابق محتمل مع %3 (الدرجة %4)؛ دُمج الاثنان منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="96"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); marked not the same person since</source>
        <translation>تكرار محتمل في الصف %1: أُنشئ %2، وهو تطابق محتمل مع %3 (الدرجة %4)؛ دُوِّن منذ ذلك الحين أنهما ليسا الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="99"/>
        <source>not taken as its sender&apos;s correction: row %1 of batch %2 (%3) gives %4 too</source>
        <translation>لم يُؤخذ تصحيحًا من مُرسِله: الصف %1 من الدفعة %2 (%3) يذكر %4 أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="102"/>
        <source>conflict within the list: %1 go to %2 and disagree on her status: %3; ask its sender which holds</source>
        <translation>تعارض داخل القائمة: %1 تعود إلى %2 وتختلف في حالتها: %3؛ اسأل مرسلها أيّها الصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="104"/>
        <source>conflict within the list: %1, one woman by the names, disagree on her status: %2; ask its sender which holds</source>
        <translation>تعارض داخل القائمة: %1، وهي امرأة واحدة بحسب الأسماء، تختلف في حالتها: %2؛ اسأل مرسلها أيّها الصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="106"/>
        <source>%1 in row %2</source>
        <translation>%1 في الصف %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="107"/>
        <source>... and %1 more women on whom the list disagrees: each is said in the details of her rows, and the import&apos;s report lists all</source>
        <translation>... و%1 امرأة أخرى تتعارض القائمة بشأنها: كلٌّ منها مذكورة في تفاصيل صفوفها، وتقرير الاستيراد يذكرهن جميعاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="136"/>
        <source>%1 possible duplicates: check them with %2; a merge refuses each of them as they stand (why is said above)</source>
        <translation>%1 تكرارات محتملة: راجعها بـ %2؛ الدمج يرفض كلًّا منها كما هي الآن (السبب مذكور أعلاه)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="157"/>
        <source>; that alone does not give the person the list&apos;s %1: then %2</source>
        <translation>؛ وهذا وحده لا يعطيها الحالة %1 التي تذكرها القائمة: ثم %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="181"/>
        <source>rows are known by their names, not their numbers: %1 unchanged row only moved to another row</source>
        <translation>تعرف الصفوف بأسمائها لا بأرقامها: صف واحد (%1) دون تغيير انتقل فقط إلى رقم صف آخر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="193"/>
        <source>changed row %1 (was row %2, spelt otherwise; a probable match that waits for your decision): %3: %4</source>
        <translation>صف متغير %1 (كان الصف %2، مكتوبًا بتهجئة أخرى؛ تطابق محتمل ينتظر قرارك): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="219"/>
        <source>at the commit, before the rows withdrawn since: decisions: %1; result: %2</source>
        <translation>عند الإدخال، قبل الصفوف المسحوبة منذئذ: القرارات: %1؛ النتيجة: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="221"/>
        <source> (row withdrawn since)</source>
        <translation> (سُحب الصف منذئذ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="222"/>
        <source>skipped again: the same row as batch %1, row %2, skipped by hand</source>
        <translation>تُخطّي مرة أخرى: الصف نفسه كالدفعة %1، الصف %2، الذي تُخطّي يدوياً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="228"/>
        <source>column %1: status %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; no status is set from it (the cell is kept with the list&apos;s row): set the status by hand, or import a UTF-8 copy of the list</source>
        <translation>العمود %1: الحالة %2 فقدت حروفًا (&apos;?&apos;): حُفظ الملف بترميز ويندوز العربي (cp1256) الذي لا يحمل الحروف الكردية السورانية ولا حرف ⁦ş⁩ الكرمانجي؛ لا تُعيَّن منها حالة (تبقى الخلية مع صف القائمة): عيِّن الحالة يدويًا، أو استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="232"/>
        <source>column %1: sex %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the sex is left unknown (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>العمود %1: الجنس %2 فقد حروفًا (&apos;?&apos;): حُفظ الملف بترميز ويندوز العربي (cp1256) الذي لا يحمل الحروف الكردية السورانية ولا حرف ⁦ş⁩ الكرمانجي؛ يبقى الجنس غير معروف (تبقى الخلية مع صف القائمة): عيِّنه يدويًا، أو استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="236"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the %3 is left out (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>العمود %1: %2 فقد حروفًا (&apos;?&apos;): حُفظ الملف بترميز ويندوز العربي (cp1256) الذي لا يحمل الحروف الكردية السورانية ولا حرف ⁦ş⁩ الكرمانجي؛ يُترك %3 (تبقى الخلية مع صف القائمة): عيِّنه يدويًا، أو استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="240"/>
        <source>row %1 of this list gives the same names, but the birth years are %2 years apart: not taken for the same woman unasked; decide each row on its own</source>
        <translation>الصف %1 من هذه القائمة يذكر الأسماء نفسها، لكن سنتي الولادة بينهما %2 سنوات: لم يُعدّا المرأة نفسها دون سؤال؛ قرّر في كل صف على حدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="243"/>
        <source>row %1 of this list gives the same names, but the two disagree on %2: not taken for the same woman unasked; decide each row on its own</source>
        <translation>الصف %1 من هذه القائمة يذكر الأسماء نفسها، لكن الصفين يختلفان في %2: لم يُعدّا المرأة نفسها دون سؤال؛ قرّر في كل صف على حدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="246"/>
        <source>column %1: no given name in this row; it names the person only by names that brothers and sisters share: check the row</source>
        <translation>العمود %1: لا اسم أول في هذا الصف؛ لا يسمّي الصفُّ الشخصَ إلا بأسماء يشترك فيها الإخوة والأخوات: تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="251"/>
        <source>below the line on row %1 (%2), which ends the list: the name of whoever signed it, perhaps, or a person named after its end; it waits for a decision of its own</source>
        <translation>تحت السطر في الصف %1 (%2) الذي ينتهي به الجدول: قد يكون اسم من وقّع عليه، أو اسم شخص ذُكر بعد نهايته؛ ينتظر قرارًا خاصًا به</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="270"/>
        <source>column %1: date rescued %2 is before the abduction (%3); check the row</source>
        <translation>العمود %1: تاريخ النجاة %2 قبل تاريخ الاختطاف (%3)؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="276"/>
        <source>column %1: status date %2 is not a date that can be read (or lies in the future); the status is kept without it</source>
        <translation>العمود %1: تاريخ الحالة %2 ليس تاريخًا يمكن قراءته (أو يقع في المستقبل)؛ تُحفظ الحالة دونه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="278"/>
        <source>column %1: status date %2, but the row gives no status that was read; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>العمود %1: تاريخ الحالة %2، لكن الصف لا يذكر حالة أمكنت قراءتها؛ لا يُستورد التاريخ (يُحفظ في صف القائمة الأصلي)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="280"/>
        <source>column %1: status date %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>العمود %1: تاريخ الحالة %2 ليس التاريخ المذكور في الحالة (%3)؛ يُحفظ تاريخ الحالة نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="290"/>
        <source>the same row as one skipped by hand in an earlier version of this list (batch %1, row %2), cell for cell: skipped again (if it is a person, add the person by hand)</source>
        <translation>الصف نفسه، خانةً بخانة، كصفٍّ تُخطّي يدوياً في نسخة سابقة من هذه القائمة (الدفعة %1، الصف %2): يُتخطّى مرة أخرى (إن كان شخصاً فأضف الشخص يدوياً)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="293"/>
        <source>a row of these names was skipped by hand in an earlier version of this list (batch %1, row %2); its cells changed since: it waits for a decision</source>
        <translation>تُخطّي يدوياً صفٌّ بهذه الأسماء في نسخة سابقة من هذه القائمة (الدفعة %1، الصف %2)؛ تغيّرت خاناته منذ ذلك الحين: ينتظر قراراً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="299"/>
        <source>taken for a person whose record was deleted since: the row&apos;s values were erased with that record; not imported (the list&apos;s file still holds the row)</source>
        <translation>عُدّ لشخص حُذف سجله منذ ذلك الحين: مُحيت قيم الصف مع ذلك السجل؛ لا يُستورد (ما زال ملف القائمة يحمل الصف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="320"/>
        <source>column %1: %2 puts the birth after the abduction (%3 in column %4): the birth is not read as a date, its text is kept; a child born in captivity may be listed with the mother&apos;s abduction: check the row</source>
        <translation>العمود %1: %2 يجعل الولادة بعد تاريخ الاختطاف (%3 في العمود %4): لم تُقرأ الولادة تاريخًا، ويُحفظ نصها كما كُتب؛ قد يُدرج الطفل المولود في الأسر بتاريخ اختطاف أمه: تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="324"/>
        <source>column %1: %2 would put the birth in %3, after the abductions from Sinjar in %4: the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>العمود %1: %2 يجعل الولادة في %3، بعد عمليات الاختطاف في سنجار سنة %4: لم تُقرأ الولادة تاريخًا، ويُحفظ نصها كما كُتب؛ قد يُدرج الطفل المولود في الأسر هكذا: تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="328"/>
        <source>column %1: %2 would put the birth on or after %3, the day the abductions from Sinjar began: perhaps the abduction date, written under the birth; the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>العمود %1: %2 يجعل الولادة في %3 أو بعده، وهو اليوم الذي بدأت فيه عمليات الاختطاف في سنجار: لعله تاريخ الاختطاف كُتب في خانة الولادة؛ لم تُقرأ الولادة تاريخًا، ويُحفظ نصها كما كُتب؛ قد يُدرج الطفل المولود في الأسر هكذا: تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="337"/>
        <source>not imported: column %1, headed birth (the woman&apos;s or a child&apos;s), but only %2 of its %3 cells with a value are dates or years of birth: it may be of children born in captivity, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>لم يُستورد العمود %1: عنوانه الولادة، ولادتها أو ولادة طفل، لكن %2 فقط من خلاياه التي فيها قيمة (%3) تواريخ أو سنوات ولادة: قد يكون عن أطفال وُلدوا في الأسر، فلا يُقرأ شيء منه على أنه ولادتها (تُحفظ مع صفوف القائمة؛ اربطه بيدك إن كان لها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="341"/>
        <source>not imported: column %1 (cells with a value: %2), headed births of children, births in captivity or a count of births, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>لم يُستورد العمود %1 (الخلايا التي فيها قيمة: %2): عنوانه عن ولادات الأطفال أو الولادات في الأسر أو عددها، فلا يُقرأ شيء منه على أنه ولادتها (تُحفظ مع صفوف القائمة؛ اربطه بيدك إن كان لها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="350"/>
        <source>column %1: age %2 is not an age (0 to %3); the birth is left blank (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: العمر %2 ليس عمرًا (من 0 إلى %3)؛ يُترك تاريخ الميلاد فارغًا (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="352"/>
        <source>column %1: %2 is a number with a word not read as years, months, weeks or days; the birth is left blank rather than guessed (the cell is kept with the list&apos;s row)</source>
        <translation>العمود %1: %2 رقم بعده كلمة لا تُقرأ سنوات ولا أشهرًا ولا أسابيع ولا أيامًا؛ يُترك تاريخ الميلاد فارغًا بدل تخمينه (تُحفظ الخلية مع صف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="359"/>
        <source>column %1: %2 is more than a given name, and the row has no father&apos;s, grandfather&apos;s or family name: read as the whole name, %3; check the row</source>
        <translation>العمود %1: %2 أكثر من اسم أول، وليس في الصف اسم أب أو جد أو لقب: قُرئ اسمًا كاملًا، %3؛ راجع الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="380"/>
        <source>column %1: %2 is the day of the abduction (%3 in column %4): perhaps the abduction date written twice; the birth is not read as a date, its text is kept: check the row</source>
        <translation>العمود %1: %2 هو يوم الاختطاف (%3 في العمود %4): لعله تاريخ الاختطاف كُتب مرتين؛ لا يُقرأ الميلاد تاريخاً ويُحفظ نصه: راجِع الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="383"/>
        <source>case number %1 is no record of this vault</source>
        <translation>رقم الملف %1 ليس لأي سجل في هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="384"/>
        <source>case number %1 names another record than the names fit: asked</source>
        <translation>رقم الملف %1 يسمّي سجلاً غير الذي تطابقه الأسماء: يُسأل عنه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="386"/>
        <source>case number %1 names a record the names do not fit: read as a new person</source>
        <translation>رقم الملف %1 يسمّي سجلاً لا تطابقه الأسماء: قُرئ شخصاً جديداً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="388"/>
        <source>column %1: %2 says there is none or it is not known: left blank</source>
        <translation>العمود %1: %2 تعني أنه لا يوجد أو غير معروف: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="390"/>
        <source>column %1: %2 says what became of the person, not what the column holds: left blank</source>
        <translation>العمود %1: %2 تقول ما حلّ بالشخص، لا ما يحمله العمود: تُرك فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="413"/>
        <source>column %1: %2 says the given name is not known: read as %3, the given name left blank</source>
        <translation>العمود %1: يقول %2 إن الاسم الأول غير معروف: قُرئ %3، وتُرك الاسم الأول فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="415"/>
        <source>column %1: %2 says the given name is not known; the given name is left blank</source>
        <translation>العمود %1: يقول %2 إن الاسم الأول غير معروف؛ يُترك الاسم الأول فارغاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="419"/>
        <source>column %1: %2 names her as the wife of %4 (%3), not by her own name: read as her nickname; her given name is not in the list, and %4 is no name of hers or her father&apos;s</source>
        <translation>العمود %1: يسمّيها %2 زوجةَ %4 (%3) لا باسمها: قُرئ لقبًا لها؛ اسمها الأول ليس في القائمة، و%4 ليس اسمًا لها ولا لأبيها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="422"/>
        <source>column %1: %2 ends with a kunya, %3 (mother of %4): read as her nickname, not as her family name</source>
        <translation>العمود %1: ينتهي %2 بكنية، %3 (أم %4): قُرئت لقبًا تُعرف به، لا اسمَ عائلتها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="424"/>
        <source>column %1: %2 holds a comma, which no name does: read without it, in the order written (given name first); check the row</source>
        <translation>العمود %1: في %2 فاصلة، ولا يحوي اسمٌ فاصلة: قُرئ من دونها بالترتيب المكتوب (الاسم الأول أولًا)؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="426"/>
        <source>column %1: %2 writes the family name %3 first, before a comma: read as %4 and then %3; check the row</source>
        <translation>العمود %1: في %2 اسم العائلة %3 مكتوب أولًا قبل فاصلة: قُرئ %4 ثم %3؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="428"/>
        <source>column %1: %2 begins with %3, which by its article is a family name: read as %4 and then %3; check the row</source>
        <translation>العمود %1: يبدأ %2 بـ %3، وهو بأداة التعريف اسم عائلة: قُرئ %4 ثم %3؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="430"/>
        <source>column %1: %2 writes %3, an initial, not a whole name: it is kept as written; check the row</source>
        <translation>العمود %1: يكتب %2 الحرف %3، وهو حرف أول لا اسم كامل: حُفظ كما كُتب؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="432"/>
        <source>column %1: %2 writes %3 inside the name as another spelling of %4: the name is read as %5, in the order written, and %6 is kept as an alias</source>
        <translation>العمود %1: يكتب %2 داخل الاسم %3 تهجئةً أخرى لـ %4: قُرئ الاسم %5 بالترتيب المكتوب، وحُفظ %6 اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="435"/>
        <source>column %1: %2 writes %3 inside the name, the given name %4 in the other script: the name is read as %5, in the order written, and %3 as the given name</source>
        <translation>العمود %1: يكتب %2 داخل الاسم %3، وهو الاسم الأول %4 بالكتابة الأخرى: قُرئ الاسم %5 بالترتيب المكتوب، و%3 اسمًا أول</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="438"/>
        <source>column %1: %2 writes %3 in brackets: read as the nickname; the name is read as %4, in the order written</source>
        <translation>العمود %1: يكتب %2 بين قوسين %3: قُرئ لقبًا؛ وقُرئ الاسم %4 بالترتيب المكتوب</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="440"/>
        <source>column %1: %2: %3, in brackets inside the name, does not spell the name; it stays in the list&apos;s values only, and the name is read as %4, in the order written</source>
        <translation>العمود %1: %2: %3، بين قوسين داخل الاسم، ليس تهجئةً للاسم؛ يبقى في قيم القائمة فقط، وقُرئ الاسم %4 بالترتيب المكتوب</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="443"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname), not as a name part, and the name as %5</source>
        <translation>العمود %1: يبدأ %2 بـ %3: قُرئ %4 اسمًا يُعرف به الشخص (لقبًا)، لا جزءًا من الاسم، وقُرئ الاسم %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="445"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname); the cell gives no other name of the person</source>
        <translation>العمود %1: يبدأ %2 بـ %3: قُرئ %4 اسمًا يُعرف به الشخص (لقبًا)؛ ولا تذكر الخلية اسمًا آخر للشخص</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="447"/>
        <source>column %1: %2 begins with %3: %4 is taken for a name the person is known by (the nickname), and the rest, %5, for the name; the cell does not show where one ends: check the row</source>
        <translation>العمود %1: يبدأ %2 بـ %3: أُخذ %4 اسمًا يُعرف به الشخص (لقبًا)، وأُخذ الباقي، %5، اسمًا له؛ ولا تُظهر الخلية أين ينتهي أحدهما: راجِع الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="450"/>
        <source>column %1: %2 begins with %3, which says whom the row names (&quot;named&quot;): the name is read as %4</source>
        <translation>العمود %1: يبدأ %2 بـ %3، وهي تقول مَن يسمّي الصف («المدعوة»): قُرئ الاسم %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="452"/>
        <source>column %1: %2 writes two given names, %3 and %4: %3 is read as the given name and %4 is kept as an alias; the name is read as %5, in the order written; check that the row is one person, not two sisters</source>
        <translation>العمود %1: يكتب %2 اسمين أولين، %3 و%4: قُرئ %3 اسمًا أول وحُفظ %4 اسمًا آخر؛ قُرئ الاسم %5 بالترتيب المكتوب؛ تحقق من أن الصف لشخص واحد لا لأختين</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="455"/>
        <source>column %1: %2 says by %3 that %4 is a name the person is known by: read as the nickname, not as a name part; the name is read as %5</source>
        <translation>العمود %1: يقول %2 بكلمة %3 إن %4 اسمٌ يُعرف به الشخص: قُرئ لقبًا، لا جزءًا من الاسم؛ وقُرئ الاسم %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="458"/>
        <source>column %1: %2 writes %3, two names where the name has one (the father&apos;s or another forebear&apos;s): %4 and %5 are not two spellings of one name, and the list does not say which is right. The first, %4, is read, and the name is read as %6, in the order written; %5 is not stored as a name of the person (it stays in the list&apos;s values): check the row</source>
        <translation>العمود %1: يكتب %2 %3، اسمين في موضع اسم واحد (اسم الأب أو أحد الأجداد): %4 و%5 ليسا تهجئتين لاسم واحد، ولا تقول القائمة أيهما الصحيح. قُرئ الأول، %4، وقُرئ الاسم %6 بالترتيب المكتوب؛ ولا يُحفظ %5 اسمًا للشخص (يبقى في قيم القائمة): تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="470"/>
        <source>not UTF-8; read as Windows Turkish (cp1254), in which its Latin words are whole (%1): read as Windows Arabic (cp1256) they held Arabic letters. That encoding cannot hold Arabic script</source>
        <translation>ليس بترميز ⁦UTF-8⁩؛ قُرئ بترميز ⁦Windows⁩ التركي (cp1254) الذي تسلم فيه كلماته اللاتينية (%1): قُرئت بترميز ⁦Windows⁩ العربي (cp1256) فظهرت فيها حروف عربية. وهذا الترميز لا يحمل الحروف العربية</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="473"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; import a UTF-8 copy of the list</source>
        <translation>العمود %1: فقد %2 حروفه (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ التركي (cp1254) الذي لا يحمل الحروف العربية؛ استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="476"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; left out (the row keeps it as written)</source>
        <translation>العمود %1: فقد %2 حروفه (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ التركي (cp1254) الذي لا يحمل الحروف العربية؛ تُرك (ويبقى في الصف كما كُتب)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="486"/>
        <source>%1 rows of the list are hidden in the file (%2), perhaps filtered out by the sender; they were read like the others: look at them before importing</source>
        <translation>%1 من صفوف القائمة مخفية في الملف (%2)، ربما أخفاها المرسل بتصفية؛ قُرئت مثل غيرها: انظر فيها قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="489"/>
        <source>columns %1 are hidden in the file; they were read like the others: look at them before importing</source>
        <translation>الأعمدة %1 مخفية في الملف؛ قُرئت مثل غيرها: انظر فيها قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="491"/>
        <source>%1 row of the list is hidden in the file (%2), perhaps filtered out by the sender; it was read like the others: look at it before importing</source>
        <translation>صف واحد (%1) من صفوف القائمة مخفي في الملف (%2)، ربما أخفاه المرسل بتصفية؛ قُرئ مثل غيره: انظر فيه قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="494"/>
        <source>column %1 is hidden in the file; it was read like the others: look at it before importing</source>
        <translation>العمود %1 مخفي في الملف؛ قُرئ مثل غيره: انظر فيه قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="506"/>
        <source>only a given name, %1, and %2 records of that name agree with the rest of this row: too many to compare, so the row was compared with none of them; search by hand before it is added</source>
        <translation>الاسم الأول وحده، %1، و%2 سجلاً بهذا الاسم تتفق مع بقية هذا الصف: أكثر من أن تُقارن، فلم يُقارن الصف بأي منها؛ ابحث يدوياً قبل إضافته</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="510"/>
        <source>only a given and a family name, %1, no father&apos;s name, and %2 records of them that nothing in this row disagrees with: %3; it was asked about none of them, as it cannot be told which: check that it is none of them</source>
        <translation>الاسم الأول واللقب وحدهما، %1، بلا اسم الأب، و%2 سجلات بهذين الاسمين لا يخالفها شيء في هذا السطر: %3؛ لم يُسأل عن أيٍّ منها، إذ لا يمكن معرفة أيّها هو: تحقّق من أنه ليس أيًّا منها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="521"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>أرقام حُذفت يدويًا من جهات اتصال عائلة الشخص من قبل، لم تُضَف من جديد: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="523"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>أرقام غُيّرت يدويًا في جهات اتصال عائلة الشخص من قبل، لم تُضَف من جديد: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="525"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>أرقام حُذفت يدويًا من جهات اتصال عائلة الشخص من قبل، لن تُضاف من جديد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="527"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>أرقام غُيّرت يدويًا في جهات اتصال عائلة الشخص من قبل، لن تُضاف من جديد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="536"/>
        <source>column %1: %2 is not one person&apos;s name: %3 says whose child, wife or mother the person is; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>العمود %1: %2 ليس اسم شخص واحد: %3 يقول ولدُ من أو زوجةُ من أو أمُّ من هو الشخص؛ لا يُستورد، كي لا يُصنع من هذه الكلمات اسم: تحقق من الصف واستورد القائمة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="540"/>
        <source>column %1: %2 is not read: %3 may be her given name, or say that she is the daughter of %4, her own name not given; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>العمود %1: لم يُقرأ %2: قد يكون %3 اسمها الأول، أو قد يقول إنها ابنة %4 واسمها غير مذكور؛ لا يُستورد، كي لا يُصنع من هذه الكلمات اسم: تحقق من الصف واستورد القائمة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="546"/>
        <source>column %1: %2 is written over several lines: read as one name, %3; check the row</source>
        <translation>العمود %1: %2 مكتوب على عدة أسطر: قُرئ اسماً واحداً، %3؛ تحقق من الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="548"/>
        <source>the row repeats the list&apos;s column headings (%1), not a person; not imported</source>
        <translation>الصف يكرر عناوين أعمدة القائمة (%1)، وليس شخصاً؛ لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="550"/>
        <source>%1 fills the whole row: a heading, not a person; not imported</source>
        <translation>%1 يملأ الصف كله: عنوان، وليس شخصاً؛ لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="552"/>
        <source>column %1: %2 stands alone on its row and reads as a heading or a note, not a person; not imported (if it is a name, add the person by hand)</source>
        <translation>العمود %1: %2 وحده في صفه ويُقرأ عنواناً أو ملاحظة، وليس شخصاً؛ لا يُستورد (إن كان اسماً فأضف الشخص يدوياً)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="560"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; import a UTF-8 copy of the list</source>
        <translation>العمود %1: فقد %2 حروفًا (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256) الذي لا يحمل الحرفين الكرمانجيين ⁦ş⁩ و ⁦Ş⁩؛ استورد نسخة ⁦UTF-8⁩ من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="563"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>العمود %1: فقد %2 حروفًا (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256) الذي لا يحمل الحرفين الكرمانجيين ⁦ş⁩ و ⁦Ş⁩؛ تُرك اسم الأم (ويبقى في الصف كما كُتب): نسخة ⁦UTF-8⁩ من القائمة تعطيه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="567"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>العمود %1: فقد %2 حروفًا (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256) الذي لا يحمل الحروف السورانية؛ تُرك اسم الأم (ويبقى في الصف كما كُتب): نسخة ⁦UTF-8⁩ من القائمة تعطيه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="572"/>
        <source>mapping</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="573"/>
        <source>saved mapping</source>
        <translation>ربط أعمدة محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="574"/>
        <source>saved mapping %1</source>
        <translation>ربط الأعمدة المحفوظ لمُرسل القائمة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="575"/>
        <source>mapping saved for %1, whose columns this list has</source>
        <translation>ربط الأعمدة المحفوظ لمُرسل القائمة %1، وأعمدة هذه القائمة هي أعمدته</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="576"/>
        <source>mapping file %1</source>
        <translation>ملف ربط الأعمدة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="577"/>
        <source>header %1 matches %2</source>
        <translation>العنوان %1 يطابق %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="578"/>
        <source>header %1 matches %2, but %3 of its values are numbers and it names a telephone: phone</source>
        <translation>العنوان %1 يطابق %2، لكن %3 من قيمه أرقام وهو يذكر هاتفًا: الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="580"/>
        <source>header %1 names a contact, but %2 of its values are telephone numbers: phone</source>
        <translation>العنوان %1 يذكر جهة اتصال، لكن %2 من قيمه أرقام هواتف: الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="582"/>
        <source>header %1 names who reported the row, not her (%2): left unmapped, never her fields nor her family&apos;s contacts (raw kept in provenance; map it by hand only if it is hers)</source>
        <translation>العنوان %1 يسمّي من أبلغ عن الصف، لا هي (%2): لم يُربط بأي حقل، فلا يصير أبدًا من بياناتها ولا من جهات اتصال عائلتها (تُحفظ القيم في المصدر؛ اربطه يدويًا فقط إن كان يخصّها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="585"/>
        <source>header %1: part %2 of the name under %3</source>
        <translation>العنوان %1: الجزء %2 من الاسم تحت %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="586"/>
        <source>header %1: %2, as the group %3 and the label %4 under it say together</source>
        <translation>العنوان %1: %2، كما تقوله المجموعة %3 والتسمية %4 تحتها معًا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="588"/>
        <source>header %1: part %2 of the name under %3 is the great-grandfather&apos;s name, which a record has no place for; not imported (kept with the list&apos;s rows)</source>
        <translation>العنوان %1: الجزء %2 من الاسم تحت %3 هو اسم والد جدّها، ولا مكان له في السجل؛ لم يُستورد (يُحفظ مع صفوف القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="591"/>
        <source>; part 4 of the name under %1 is the great-grandfather&apos;s name as a four-part name is read now: if so, leave this column out</source>
        <translation>؛ الجزء 4 من الاسم تحت %1 هو اسم والد جدّها كما يُقرأ الاسم الرباعي الآن: إن كان كذلك فاترك هذا العمود دون استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="593"/>
        <source>; of a name of four words or more, the fourth is the great-grandfather&apos;s name, which a record has no place for: not imported (kept with the list&apos;s rows), unless it is written as only a clan name is (the article and -i, or -ani, -awi: الحسكاني, Haskani)</source>
        <translation>؛ في اسم من أربع كلمات أو أكثر، الكلمة الرابعة اسم والد جدّها، ولا مكان له في السجل: لم يُستورد (يُحفظ مع صفوف القائمة)، إلا إذا كُتب كما لا يُكتب إلا اسم عشيرة (أل التعريف وياء النسبة، أو ـاني، ـاوي: الحسكاني، Haskani)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="597"/>
        <source>header %1 numbers a part of the name, beside columns of the father&apos;s, grandfather&apos;s or family name: %2</source>
        <translation>العنوان %1 يرقّم جزءًا من الاسم، بجانب أعمدة اسم الأب أو الجد أو اللقب: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="599"/>
        <source>header %1 names %2, which is not a field of the record; kept in provenance</source>
        <translation>العنوان %1 يدلّ على %2، وهذا ليس من حقول السجل؛ تُحفظ القيم في المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="601"/>
        <source>header %1 matches %2, but %3 of its values are numbers, no names; kept in provenance</source>
        <translation>العنوان %1 يطابق %2، لكن %3 من قيمه أرقام لا أسماء؛ تُحفظ القيم في المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="603"/>
        <source>header %1 names a name, and the values hold %2 words on average: full name</source>
        <translation>العنوان %1 يدلّ على اسم، وفي القيم %2 كلمة في المتوسط: الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="605"/>
        <source> (%1 Arabic script: original script)</source>
        <translation> (%1 بالحروف العربية: بالخط الأصلي)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="606"/>
        <source> (Latin letters)</source>
        <translation> (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="607"/>
        <source> (mixed: %1 Arabic script; each value goes to its script&apos;s slot)</source>
        <translation> (مختلط: %1 بالحروف العربية؛ تذهب كل قيمة إلى خانة خطّها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="608"/>
        <source>no header match and no values</source>
        <translation>العنوان لا يطابق أي حقل، ولا قيم في العمود</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="609"/>
        <source>%1 of values are sexes (F, M, انثى, mê ...)</source>
        <translation>%1 من القيم تدلّ على الجنس (F، M، انثى، mê ...)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="610"/>
        <source>%1 of values are statuses</source>
        <translation>%1 من القيم تدلّ على الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="611"/>
        <source>no header match; %1 of values are Arabic script with %2 words: %3 in original script</source>
        <translation>العنوان لا يطابق أي حقل؛ %1 من القيم بالحروف العربية، وفيها %2 كلمة في المتوسط: %3 بالخط الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="613"/>
        <source>no header match; %1 of values are dates, but the header does not say which (birth, abduction, rescue): left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>العنوان لا يطابق أي حقل؛ %1 من القيم تواريخ، لكن العنوان لا يقول أيّ تاريخ هي (الولادة، الاختطاف، النجاة): تُرك العمود دون ربط (تُحفظ القيم في المصدر؛ اربطه بيدك)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="616"/>
        <source>no header match; values not recognised (kept in provenance)</source>
        <translation>العنوان لا يطابق أي حقل؛ لم تُعرف القيم (تُحفظ في المصدر)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="617"/>
        <source>header %1 says a year but not of what; %2 of its values are years of birth (before %3): %4</source>
        <translation>العنوان %1 يذكر سنة دون أن يقول سنةَ ماذا؛ %2 من قيمه سنوات ولادة (قبل %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="619"/>
        <source>header %1 says a year but not of what, and only %2 of its values are years of birth: left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>العنوان %1 يذكر سنة دون أن يقول سنةَ ماذا، و%2 فقط من قيمه سنوات ولادة: تُرك العمود دون ربط (تُحفظ القيم في المصدر؛ اربطه بيدك)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="622"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are dates or years of birth (before %3): %4</source>
        <translation>العنوان %1 يذكر الولادة، ولادتها أو ولادة طفل؛ %2 من قيمه تواريخ أو سنوات ولادة (قبل %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="624"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are ages or dates of birth (before %3), most of them ages: %4</source>
        <translation>العنوان %1 يذكر الولادة، ولادتها أو ولادة طفل؛ %2 من قيمه أعمار أو تواريخ ولادة (قبل %3)، وأكثرها أعمار: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="626"/>
        <source>header %1 says birth, hers or a child&apos;s, and only %2 of its values are dates or years of birth: it may be of children born in captivity, so it is not read as her birth; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>العنوان %1 يذكر الولادة، ولادتها أو ولادة طفل، و%2 فقط من قيمه تواريخ أو سنوات ولادة: قد يكون عن أطفال وُلدوا في الأسر، فلا يُقرأ على أنه ولادتها؛ تُرك العمود دون ربط (تُحفظ القيم في المصدر؛ اربطه بيدك إن كان لها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="630"/>
        <source>header %1 is of children&apos;s births, births in captivity or a count of births: never read as her birth, whatever its values; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>العنوان %1 عن ولادات الأطفال أو الولادات في الأسر أو عددها: لا يُقرأ أبدًا على أنه ولادتها، مهما كانت قيمه؛ تُرك العمود دون ربط (تُحفظ القيم في المصدر؛ اربطه بيدك إن كان لها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="633"/>
        <source>no header match; the values are Arabic script like names, but the names come from %1, so this column is left unmapped (raw kept in provenance; map it by hand if it holds names)</source>
        <translation>العنوان لا يطابق أي حقل؛ القيم بالحروف العربية كالأسماء، لكن الأسماء تؤخذ من %1، لذا تُرك هذا العمود دون ربط (تُحفظ القيم في المصدر؛ اربطه بيدك إن كان فيه أسماء)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="636"/>
        <source>no header match; the values look like %1, but %1 already comes from %2; left unmapped (raw kept in provenance)</source>
        <translation>العنوان لا يطابق أي حقل؛ تبدو القيم من نوع %1، لكن الحقل %1 يؤخذ من العمود %2؛ تُرك دون ربط (تُحفظ القيم في المصدر)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="638"/>
        <source>%1 already comes from %2; ignored (raw kept)</source>
        <translation>الحقل %1 يؤخذ من العمود %2؛ تم تجاهل هذا العمود (تُحفظ قيمه الأصلية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="639"/>
        <source>%1 already comes from %2, whose header names it exactly; ignored (raw kept)</source>
        <translation>الحقل %1 يؤخذ من العمود %2، وعنوانه يسمّيه تماماً؛ تم تجاهل هذا العمود (تُحفظ قيمه الأصلية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="641"/>
        <source>%1 already comes from %2 in the same script; ignored (raw kept)</source>
        <translation>الحقل %1 يؤخذ بالخط نفسه من العمود %2؛ تم تجاهل هذا العمود (تُحفظ قيمه الأصلية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="642"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s as an alias (said on the row)</source>
        <translation>؛ وهو %1 أيضًا، بخط العمود %2 نفسه: حيث يكون %2 فارغًا يعطيه هذا العمود؛ وحيث يحمل كلاهما قيمة مختلفة تُحفظ قيمة %2 وقيمة هذا العمود اسمًا آخر لها (يُذكر ذلك في الصف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="645"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s inside an alias of the whole name (said on the row)</source>
        <translation>؛ وهو %1 أيضًا، بخط العمود %2 نفسه: حيث يكون %2 فارغًا يعطيه هذا العمود؛ وحيث يحمل كلاهما قيمة مختلفة تُحفظ قيمة %2 وقيمة هذا العمود ضمن اسم آخر لها هو الاسم الكامل (يُذكر ذلك في الصف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="649"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives the name; where both hold one, the parts in %2 are kept and this column&apos;s other spellings as aliases (said on the row)</source>
        <translation>؛ وهو %1 أيضًا، بخط العمود %2 نفسه: حيث يكون %2 فارغًا يعطي هذا العمود الاسم؛ وحيث يحمل كلاهما اسمًا تُحفظ أجزاء %2 وتهجئات هذا العمود الأخرى أسماءً أخرى لها (يُذكر ذلك في الصف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="652"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s stays in the list&apos;s row only (said on the row)</source>
        <translation>؛ وهو %1 أيضًا، بخط العمود %2 نفسه: حيث يكون %2 فارغًا يعطيه هذا العمود؛ وحيث يحمل كلاهما قيمة مختلفة تُحفظ قيمة %2 وتبقى قيمة هذا العمود في صف القائمة فقط (يُذكر ذلك في الصف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="655"/>
        <source>; ages given in %1</source>
        <translation>؛ الأعمار كما كانت عام %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="656"/>
        <source>; the year of the ages is not given: read as a range</source>
        <translation>؛ لم تُذكر سنة الأعمار: تُقرأ سنة الولادة مدىً من السنوات</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="657"/>
        <source>; it leaves this column out, but it would now be taken as %1: choose that field to import it</source>
        <translation>؛ وهو يترك هذا العمود دون استيراد، مع أنه سيُقرأ الآن على أنه %1: اختر هذا الحقل لاستيراده</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="659"/>
        <source>; M and N read as Kurmanji mê (female) and nêr (male)</source>
        <translation>؛ قُرئ M وN بالكرمانجية: mê (أنثى) وnêr (ذكر)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="661"/>
        <source>dates written month first (a possible day only when read so: %1, such as %2; only when read day first: none): each date of the column is read month first</source>
        <translation>التواريخ مكتوبة بالشهر أولًا (ما لا يعطي يومًا ممكنًا إلا إذا قُرئ كذلك: %1، مثل %2؛ وما لا يعطيه إلا إذا قُرئ باليوم أولًا: لا شيء): يُقرأ كل تاريخ في العمود بالشهر أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="664"/>
        <source>dates written both ways (a possible day only when read day first: %1, such as %2; only when read month first: %3, such as %4): each of those is read so, and a date both ways could read (%5) is read as its year only, its row saying so</source>
        <translation>التواريخ مكتوبة بالطريقتين (ما لا يعطي يومًا ممكنًا إلا إذا قُرئ باليوم أولًا: %1، مثل %2؛ وما لا يعطيه إلا إذا قُرئ بالشهر أولًا: %3، مثل %4): يُقرأ كلٌّ منها كذلك، وما يحتمل القراءتين (%5) يُقرأ بسنته فقط، ويذكر ذلك صفُّه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="668"/>
        <source>dates either order reads (%1, such as %2), none that only one does: read month first, as %3 writes its dates (such as %4)</source>
        <translation>تواريخ تُقرأ بالترتيبين (%1، مثل %2)، ولا تاريخ يُقرأ بأحدهما فقط: تُقرأ بالشهر أولًا، كما يكتب %3 تواريخه (مثل %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="670"/>
        <source>; but %1 writes its dates day first (such as %2), and a list saved from one program writes one order: check which of the two columns is read wrong</source>
        <translation>؛ لكن %1 يكتب تواريخه باليوم أولًا (مثل %2)، والقائمة المحفوظة من برنامج واحد تكتب بترتيب واحد: تحقق أي العمودين قُرئ خطأً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="674"/>
        <source>1 January is %1 of its %2 whole days (such as %3), as a list writes a date when only the year is known: each 1 January of the column is read as its year only, the cell kept as written</source>
        <translation>الأول من كانون الثاني هو %1 من أيامه الكاملة البالغة %2 (مثل %3)، كما تكتب القوائم التاريخ حين لا تُعرف إلا السنة: يُقرأ كل أول كانون الثاني في هذا العمود سنةً فقط، وتبقى الخلية كما كُتبت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="679"/>
        <source>; columns left unmapped: %1</source>
        <translation>؛ أعمدة لم تُربط بأي حقل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="680"/>
        <source>%1 (column %2)</source>
        <translation>%1 (العمود %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="682"/>
        <source>%1: the sheet is empty; nothing to import</source>
        <translation>%1: الورقة فارغة؛ لا شيء لاستيراده</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="683"/>
        <source>add a header row above the names</source>
        <translation>أضف صف عناوين فوق الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="685"/>
        <source> (line %1)</source>
        <translation> (السطر %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="686"/>
        <source>no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="687"/>
        <source>no such file in %1</source>
        <translation>لا يوجد ملف كهذا في %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="688"/>
        <source>no such file: there is no folder %1</source>
        <translation>لا يوجد ملف كهذا: لا يوجد مجلد %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="689"/>
        <source>a folder, not a file: give the list&apos;s file inside it</source>
        <translation>مجلد وليس ملفاً: اختر ملف القائمة الذي بداخله</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="690"/>
        <source>unknown kind of file; import reads xlsx, xlsm, xls, ods, csv and tsv</source>
        <translation>نوع الملف غير معروف؛ يقرأ الاستيراد ملفات ⁦xlsx⁩ و⁦xlsm⁩ و⁦xls⁩ و⁦ods⁩ و⁦csv⁩ و⁦tsv⁩</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="692"/>
        <source>the file is not really a %1 workbook (damaged, or another kind of file renamed)</source>
        <translation>ليس الملف في الحقيقة مصنّف %1 (فهو تالف، أو ملف من نوع آخر غُيّر اسمه)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="697"/>
        <source>the file is protected by a password; save an unprotected copy to import it</source>
        <translation>الملف محمي بكلمة مرور؛ احفظ نسخة غير محمية منه لاستيرادها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="699"/>
        <source>the workbook has no sheets</source>
        <translation>لا أوراق في المصنّف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="700"/>
        <source>no sheet named %1 (sheets: %2)</source>
        <translation>لا ورقة باسم %1 (الأوراق: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="701"/>
        <source>a CSV file has no sheets (asked for %1)</source>
        <translation>لا أوراق في ملف ⁦CSV⁩ (طُلبت الورقة %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="702"/>
        <source>cannot be read (%1)</source>
        <translation>تعذّرت قراءتها (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="703"/>
        <source>the cell holds a NUL character; the file is damaged</source>
        <translation>في الخلية محرف ⁦NUL⁩؛ الملف تالف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="704"/>
        <source>the cell holds a NUL character; the file is damaged (or is UTF-16 text without a byte-order mark)</source>
        <translation>في الخلية محرف ⁦NUL⁩؛ الملف تالف (أو هو نص ⁦UTF-16⁩ بلا علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="706"/>
        <source>the file holds NUL bytes; save it again as UTF-8 CSV</source>
        <translation>في الملف بايتات ⁦NUL⁩؛ احفظه من جديد بصيغة ⁦UTF-8 CSV⁩</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="707"/>
        <source>the file holds NUL bytes (it looks like UTF-16 without a byte-order mark); save it again as UTF-8 CSV</source>
        <translation>في الملف بايتات ⁦NUL⁩ (يبدو أنه نص ⁦UTF-16⁩ بلا علامة ترتيب البايتات)؛ احفظه من جديد بصيغة ⁦UTF-8 CSV⁩</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="709"/>
        <source>not valid %1 although the file starts with its byte-order mark</source>
        <translation>ليس ترميز %1 صالحاً مع أن الملف يبدأ بعلامة ترتيب البايتات الخاصة به</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="711"/>
        <source>a quote opens here and is never closed; every following line would run into this one cell. Fix the quote and import again</source>
        <translation>تُفتح هنا علامة تنصيص ولا تُغلق أبداً؛ فتدخل كل الأسطر التالية في هذه الخلية الواحدة. أصلح علامة التنصيص ثم استورد من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="713"/>
        <source>a quote opens here and closes %1 lines further down, so whole rows (lines with their %2 separators) ran into this one cell; fix the quote and import again</source>
        <translation>تُفتح هنا علامة تنصيص ولا تُغلق إلا بعد %1 أسطر، فدخلت صفوف كاملة (أسطر بفواصلها %2) في هذه الخلية الواحدة؛ أصلح علامة التنصيص ثم استورد من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="716"/>
        <source>&apos;tab&apos;</source>
        <translation>«⁦Tab⁩»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="717"/>
        <source>the header %1 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). Nothing was imported; import a UTF-8 copy of the list (in Excel: Save as, CSV UTF-8)</source>
        <translation>فقد العنوان %1 حروفًا (ظهرت &apos;?&apos;): حُفظ الملف بترميز ⁦Windows⁩ العربي (cp1256) الذي لا يحمل الحروف السورانية (ڕ ڤ ڵ ە ۆ ێ). لم يُستورد شيء؛ استورد نسخة ⁦UTF-8⁩ من القائمة (في ⁦Excel⁩: حفظ باسم، ⁦CSV UTF-8⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="721"/>
        <source>the file is %1 MiB; the limit is %2 MiB</source>
        <translation>حجم الملف %1 ميغابايت؛ والحد %2 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="722"/>
        <source>%1 parts inside the file; the limit is %2</source>
        <translation>في الملف %1 جزءاً؛ والحد %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="723"/>
        <source>declares %1 MiB of content; the limit is %2 MiB</source>
        <translation>يُعلن الملف محتوىً بحجم %1 ميغابايت؛ والحد %2 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="724"/>
        <source>part %1 declares %2 MiB; the limit is %3 MiB</source>
        <translation>الجزء %1 يُعلن %2 ميغابايت؛ والحد %3 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="725"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation>الجزء %1 يستخدم طريقة ضغط غير مدعومة (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="726"/>
        <source>part %1 is damaged</source>
        <translation>الجزء %1 تالف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="727"/>
        <source>part %1 inflates to more than it declares (%2 bytes declared); the file is damaged or hostile</source>
        <translation>الجزء %1 يتمدد عند فك ضغطه إلى أكثر مما يُعلن (المُعلن %2 بايت)؛ الملف تالف أو خبيث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="729"/>
        <source>part %1 inflates to more than the limit (%2 bytes declared); the file is damaged or hostile</source>
        <translation>الجزء %1 يتمدد عند فك ضغطه إلى أكثر من الحد (المُعلن %2 بايت)؛ الملف تالف أو خبيث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="731"/>
        <source>part %1 is compressed %2 to 1; the limit is %3 to 1 (a zip bomb?)</source>
        <translation>الجزء %1 مضغوط بنسبة %2 إلى 1؛ والحد %3 إلى 1 (قنبلة ⁦zip⁩؟)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="733"/>
        <source>part %1 declares a DTD or entities (XML bomb or XXE); spreadsheets never need one</source>
        <translation>الجزء %1 يُعلن ⁦DTD⁩ أو كيانات (قنبلة ⁦XML⁩ أو ⁦XXE⁩)؛ جداول البيانات لا تحتاج إلى ذلك أبداً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="735"/>
        <source>part %1 holds a text of more than %2 MiB without markup; the file is damaged or hostile</source>
        <translation>في الجزء %1 نص يزيد على %2 ميغابايت بلا وسوم؛ الملف تالف أو خبيث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="747"/>
        <source>the sheet&apos;s used area reaches this cell (%1 rows x %2 columns); the limit is %3 cells. Delete stray cells far below or right of the list</source>
        <translation>تمتد المنطقة المستخدمة من الورقة حتى هذه الخلية (%1 صفاً × %2 عموداً)؛ والحد %3 خلية. احذف الخلايا الشاردة البعيدة أسفل القائمة أو بجانبها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="750"/>
        <source>more than %1 rows</source>
        <translation>أكثر من %1 صف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="751"/>
        <source>data resumes after %1 blank rows; the file looks damaged or hostile</source>
        <translation>تعود البيانات بعد %1 صفاً فارغاً؛ يبدو الملف تالفاً أو خبيثاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="753"/>
        <source>reading took longer than %1 s and was stopped</source>
        <translation>استغرقت القراءة أكثر من %1 ثانية فأُوقفت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="754"/>
        <source>reading needed more than the %1 MiB memory limit and was stopped; the sheet reaches far-away cells or the file is damaged or hostile</source>
        <translation>احتاجت القراءة إلى أكثر من حد الذاكرة البالغ %1 ميغابايت فأُوقفت؛ الورقة تمتد إلى خلايا بعيدة أو الملف تالف أو خبيث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="757"/>
        <source>the reader stopped unexpectedly (exit code %1)</source>
        <translation>توقف قارئ الملف على نحو غير متوقع (رمز الخروج %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="758"/>
        <source>column %1 is mapped to %2, which is not a field (use one of: %3)</source>
        <translation>العمود %1 مربوط بـ %2، وهذا ليس حقلاً (استخدم أحد هذه: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="760"/>
        <source>not a valid column mapping (%1)</source>
        <translation>ليس ربط أعمدة صالحاً (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="761"/>
        <source>%1 value %2 is mapped to %3, which is not a %1 (use one of: %4)</source>
        <translation>قيمة %1 %2 مربوطة بـ %3، وهذا ليس من قيم %1 (استخدم أحد هذه: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="763"/>
        <source>%1 is not a year</source>
        <translation>%1 ليست سنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="764"/>
        <source>%1 is not a year a list of ages could be from (%2 to %3)</source>
        <translation>%1 ليست سنة يمكن أن تكون منها قائمة أعمار (من %2 إلى %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="765"/>
        <source>the header is here but no row below it holds a value; nothing was imported</source>
        <translation>العنوان هنا لكن لا صف تحته فيه قيمة؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="767"/>
        <source>import batch %1 is already %2</source>
        <translation>لم تعد دفعة الاستيراد %1 تنتظر القرارات: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="768"/>
        <source>row %1 is not decided: decide it first</source>
        <translation>لم يُقرَّر الصف %1 بعد: قرّر له أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="769"/>
        <source>row %1 was rejected when the list was read, so there is nothing to decide: %2</source>
        <translation>رُفض الصف %1 عند قراءة القائمة، فلا شيء يُقرَّر فيه: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="771"/>
        <source>row %1 holds nothing left to decide: %2</source>
        <translation>الصف %1 لم يبقَ فيه ما يُقرَّر: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="772"/>
        <source>batch %1 has no row %2</source>
        <translation>لا يوجد الصف %2 في الدفعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="773"/>
        <source>row %1 is to be skipped: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>الصف %1 سيُتخطّى: قرّر له أولاً (إنشاء أو تحديث)، ثم لهذا الصف؛ أو أنشئ هذا الصف أو تخطَّه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="775"/>
        <source>row %1 is not decided yet: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>لم يُقرَّر الصف %1 بعد: قرّر له أولاً (إنشاء أو تحديث)، ثم لهذا الصف؛ أو أنشئ هذا الصف أو تخطَّه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="777"/>
        <source>counts do not reconcile; nothing was imported</source>
        <translation>الأعداد لا تتطابق؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="778"/>
        <source>batch %1</source>
        <translation>الدفعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="779"/>
        <source>its merge chain does not end; split it first</source>
        <translation>سلسلة دمجه لا تنتهي؛ افصله أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="780"/>
        <source>a row is to update a person who has been deleted since the list was staged; decide it again</source>
        <translation>صفٌّ مقرر له تحديث شخص حُذف بعد تحضير القائمة للاستيراد؛ قرّر له من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="783"/>
        <source>no import batch %1</source>
        <translation>لا توجد دفعة الاستيراد %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="784"/>
        <source>import batch %1 is %2, not committed: nothing of it is in the vault to withdraw</source>
        <translation>دفعة الاستيراد %1 حالتها: %2، ولم تُستورد: لا شيء منها في الخزنة لسحبه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="786"/>
        <source>batch %1 has no importable row %2</source>
        <translation>لا يوجد في الدفعة %1 صف قابل للاستيراد رقمه %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="787"/>
        <source>row %1 of batch %2 names no person now (skipped, or withdrawn already): nothing to withdraw</source>
        <translation>الصف %1 من الدفعة %2 لا يسمّي أي شخص الآن (تُخطّي، أو سُحب من قبل): لا شيء لسحبه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="789"/>
        <source>row %1 of batch %2 went to %3, since merged into %4: split it out first (casekeeper split %3)</source>
        <translation>الصف %1 من الدفعة %2 ذهب إلى %3، الذي دُمج بعد ذلك في %4: افصله أولاً (casekeeper split %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="791"/>
        <source>row %1 of batch %2 made %3, and more refers to that record than this row: %4; nothing was withdrawn (the record is not deleted while anything else refers to it: split, unlink or delete it by hand first)</source>
        <translation>الصف %1 من الدفعة %2 أنشأ %3، ويشير إلى ذلك السجل ما هو أكثر من هذا الصف: %4؛ لم يُسحب شيء (لا يُحذف السجل ما دام شيء آخر يشير إليه: افصل ذلك أو افكك ارتباطه أو احذفه بنفسك أولاً)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="799"/>
        <source>%1, merged into it</source>
        <translation>%1، مدموج فيه</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="795"/>
        <source>row %1 of batch %2</source>
        <translation>الصف %1 من الدفعة %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="694"/>
        <source>not a readable spreadsheet: the file is damaged, or is another kind of file; ask the sender for it again</source>
        <translation>ليس جدول بيانات يمكن قراءته: الملف تالف، أو هو نوع آخر من الملفات؛ اطلبه من المرسل مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="696"/>
        <source> (technical detail: %1)</source>
        <translation> (تفصيل تقني: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="737"/>
        <source>a cell of %1 characters; the limit is %2: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>خلية من %1 محرفاً؛ والحد %2: اختصر الخلية أو وزّع نصها على عدة خلايا أو صفوف، ثم احفظ الملف من جديد واستورده مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="740"/>
        <source>part %1 holds a text of more than %2 MiB without markup (one giant cell, or a damaged or hostile file): if a cell holds that much text, shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>الجزء %1 فيه نص أطول من %2 ميغابايت بلا ترميز (خلية عملاقة، أو ملف تالف أو معادٍ): إن كانت خلية تحمل كل هذا النص فاختصر الخلية أو وزّع نصها على عدة خلايا أو صفوف، ثم احفظ الملف من جديد واستورده مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="744"/>
        <source>a cell of more than %1 MiB of text; the limit is %2 characters: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>خلية فيها أكثر من %1 ميغابايت من النص؛ الحد %2 حرفًا: اختصر الخلية أو وزّع نصها على عدة خلايا أو صفوف، ثم احفظ الملف من جديد واستورده مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="796"/>
        <source>report %1</source>
        <translation>البلاغ %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="797"/>
        <source>rescue %1</source>
        <translation>عملية الإنقاذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="798"/>
        <source>relative %1 (%2)</source>
        <translation>القريب %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="800"/>
        <source>family contact %1</source>
        <translation>جهة اتصال العائلة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="801"/>
        <source>photo %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="802"/>
        <source>not the same person as %1</source>
        <translation>ليست الشخص نفسه مثل %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="803"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="811"/>
        <source>staged</source>
        <translation>محضّرة للاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="812"/>
        <source>committed</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="813"/>
        <source>discarded</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="816"/>
        <source>create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="817"/>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="818"/>
        <location filename="../../ui/import_report.py" line="825"/>
        <location filename="../../ui/import_wizard.py" line="435"/>
        <source>same as an earlier row</source>
        <translation>كصف سابق</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="819"/>
        <source>skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="820"/>
        <source>undecided</source>
        <translation>بلا قرار</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="822"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="823"/>
        <source>updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="824"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="827"/>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="828"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="830"/>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="846"/>
        <source>Arabic script</source>
        <translation>بالخط الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="847"/>
        <source>Latin letters</source>
        <translation>بالحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="852"/>
        <source>marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="853"/>
        <source>health status</source>
        <translation>الحالة الصحية</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="854"/>
        <source>number of family members</source>
        <translation>عدد أفراد العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="856"/>
        <source>a telephone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="859"/>
        <source>a total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="860"/>
        <source>a signature</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="861"/>
        <source>a stamp</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="862"/>
        <source>an official&apos;s title</source>
        <translation>منصب مسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="864"/>
        <source>a &apos;prepared by&apos;</source>
        <translation>«إعداد»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="865"/>
        <source>a date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="866"/>
        <source>an office&apos;s name</source>
        <translation>اسم دائرة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="868"/>
        <source>hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="869"/>
        <source>no header row</source>
        <translation>لا صف عناوين فيها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="870"/>
        <source>no column headed as a name</source>
        <translation>لا عمود عنوانه اسم</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="872"/>
        <source>a chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="873"/>
        <source>a dialog sheet</source>
        <translation>ورقة حوار</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="874"/>
        <source>a macro sheet</source>
        <translation>ورقة ماكرو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="875"/>
        <source>macro code</source>
        <translation>شيفرة ماكرو</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="887"/>
        <source>edited</source>
        <translation>عُدّل السجل</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="888"/>
        <source>a status recorded</source>
        <translation>سُجّلت حالة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="889"/>
        <source>a relative linked</source>
        <translation>رُبط قريب</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="890"/>
        <source>a family contact added</source>
        <translation>أُضيفت جهة اتصال للعائلة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="891"/>
        <source>a photo added</source>
        <translation>أُضيفت صورة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="892"/>
        <source>a photo removed</source>
        <translation>حذف صورة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="893"/>
        <source>a family contact removed</source>
        <translation>حذف جهة اتصال للعائلة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="894"/>
        <source>a relative link removed</source>
        <translation>إزالة صلة قرابة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="895"/>
        <source>a record merged into hers</source>
        <translation>دُمج سجل في سجلها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="896"/>
        <source>a record split out of hers</source>
        <translation>فُصل سجل عن سجلها</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="897"/>
        <source>other spellings set right</source>
        <translation>صُحّحت التهجئات الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="898"/>
        <source>merged into another record</source>
        <translation>دُمج في سجل آخر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="899"/>
        <source>split out of another record</source>
        <translation>فُصل عن سجل آخر</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="900"/>
        <source>an edit undone</source>
        <translation>تُراجع عن تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="901"/>
        <source>a &apos;not the same person&apos; mark taken back</source>
        <translation>أُلغي تسجيل «ليس الشخص نفسه»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="903"/>
        <source>a &apos;not the same person&apos; mark withdrawn</source>
        <translation>سُحب بالدمج قرار «ليس الشخص نفسه»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="905"/>
        <source>a &apos;not the same person&apos; mark given back</source>
        <translation>أُعيد بالفصل قرار «ليس الشخص نفسه»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="990"/>
        <source>%1: columns %2 give her father&apos;s, grandfather&apos;s or family name, but no column gives her own name: every row would become a person without a given name, and sisters and repeated rows could not be told apart; nothing was staged. Set the column that holds her name to %4 or %5%3</source>
        <translation>%1: الأعمدة %2 تعطي اسم أبيها أو جدها أو عائلتها، لكن لا عمود يعطي اسمها هي: سيصبح كل صف شخصًا بلا اسم أول، ولن يمكن التمييز بين الأخوات ولا بين الصفوف المكررة؛ لم يُحضَّر شيء للاستيراد. اجعل العمود الذي يحمل اسمها «%4» أو «%5»%3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="997"/>
        <source>%1: no header row (a row naming the columns, such as %3) was found, so nothing here reads as a list; %2</source>
        <translation>%1: لم يوجد صف عناوين (صف يسمّي الأعمدة، مثل %3)، فلا شيء هنا يُقرأ قائمةً؛ %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1001"/>
        <source>%1: no sheet holds a header row (a row naming the columns, such as %3), so no sheet reads as a list (sheets: %2)</source>
        <translation>%1: لا تحوي أي ورقة صف عناوين (صفاً يسمّي الأعمدة، مثل %3)، فلا ورقة فيه تُقرأ قائمةً (الأوراق: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1005"/>
        <source>the file has other sheets (%1): go back to step 2 and choose the one that holds the list</source>
        <translation>في الملف أوراق أخرى (%1): ارجع إلى الخطوة 2 واختر الورقة التي تحوي القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1011"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); set the column that holds her name to %4 or %5</source>
        <translation>%1: لا عمود في هذه الورقة يُقرأ اسمًا (صف العناوين %2: %3)؛ اجعل العمود الذي يحمل اسمها «%4» أو «%5»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1014"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); %4, or set the column that holds her name to %5 or %6</source>
        <translation>%1: لا عمود في هذه الورقة يُقرأ اسمًا (صف العناوين %2: %3)؛ %4، أو اجعل العمود الذي يحمل اسمها «%5» أو «%6»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1018"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: سابقًا %2، والآن %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1020"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair on their pages before joining any.</source>
        <translation>%1 تكرارات محتملة، وليس بينها تطابق محتمل لا يفرّق شيءٌ بين طرفيه: قارن كل زوج في صفحتيهما قبل دمج أيٍّ منها.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1026"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; joining them is refused as they stand (why is said above).</source>
        <translation>%1 تكرارات محتملة: انظر إليها في شاشة التكرارات، مع ضبط أدنى درجة فيها على %2؛ ضمّها مرفوض كما هي الآن (السبب مذكور أعلاه).</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1032"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; if two are one person, Same person joins them.</source>
        <translation>%1 تكرارات محتملة: انظر فيها في شاشة «التكرارات» بعد ضبط أدنى درجة على %2؛ وإن كان اثنان منها شخصًا واحدًا فزر «الشخص نفسه» يدمجهما.</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="32"/>
        <location filename="../../ui/import_report.py" line="226"/>
        <source>date of status %1</source>
        <translation>تاريخ الحالة %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="64"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it (a status added after it would leave it in the person&apos;s history): on the person&apos;s page, in the %3 tab, select it, then %4</source>
        <translation>%1: الحالة التي تذكرها قائمة خلافاً لما في الخزنة تُسجَّل ملاحظةً، ولا يضعها الاستيراد أبداً: إن كانت الحالة %2 في الخزنة خاطئة فاسحبها (حالة تُضاف بعدها تُبقيها في تاريخها): في صفحة الشخص، في تبويب «%3»، حدّدها ثم «%4»</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="71"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, type the date %3, then %2)</source>
        <translation>؛ وهذا وحده لا يعطيها الحالة %1 التي تذكرها القائمة: ثم أضفها في التبويب نفسه (اخترها، واكتب التاريخ %3، ثم «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="74"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, then %2)</source>
        <translation>؛ وهذا وحده لا يعطيها الحالة %1 التي تذكرها القائمة: ثم أضفها في التبويب نفسه (اخترها، ثم «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="81"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, add it on the person&apos;s page, in the %2 tab (choose %3, type its date, then %4)</source>
        <translation>%1: الحالة التي تذكرها قائمة خلافاً لما في الخزنة تُسجَّل ملاحظةً، ولا يضعها الاستيراد أبداً: إن صحّت فأضفها في صفحة الشخص، في تبويب «%2» (اختر %3، واكتب تاريخها، ثم «%4»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="86"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all, add it again on the person&apos;s page, in the %4 tab (choose it, type its date, then %5)</source>
        <translation>%1: سُحبت %2 التي تذكرها القائمة من الشخص في %3 لأنها قيلت خطأً، ولا تُعيَّن من جديد؛ إن كانت صحيحة في النهاية فأضفها من جديد في صفحة الشخص، في تبويب «%4» (اخترها، واكتب تاريخها، ثم «%5»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="93"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again dated %9 with %8</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن كان تاريخ القائمة هو الصحيح، ففي صفحة الشخص، في تبويب «%6»: اسحبها (حدّدها، ثم «%7»)، ثم أضفها من جديد بتاريخ %9 بـ«%8»</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="98"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again with the list&apos;s date with %8</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن كان تاريخ القائمة هو الصحيح، ففي صفحة الشخص، في تبويب «%6»: اسحبها (حدّدها، ثم «%7»)، ثم أضفها من جديد بتاريخ القائمة بـ«%8»</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="105"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw that row on the person&apos;s page, in the %6 tab (select batch %3 row %4, then %7)</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن سحبها المُرسِل فاسحب ذلك الصف في صفحة الشخص، في تبويب «%6» (حدّد الدفعة %3 الصف %4، ثم «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="110"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw it on the person&apos;s page, in the %6 tab (select it, then %7)</source>
        <translation>%1: الحالة %2 في الخزنة جاءت من الدفعة %3 الصف %4 (%5)، وهي نسخة سابقة من هذه القائمة من المُرسِل نفسه؛ إن سحبها المُرسِل فاسحبها في صفحة الشخص، في تبويب «%6» (حدّدها، ثم «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="115"/>
        <source>a cell left blank or a column left out is not a change: the vault keeps what earlier versions gave (the %1 tab of the person&apos;s page lists their rows)</source>
        <translation>الخانة المتروكة فارغة أو العمود المحذوف ليسا تغييراً: تحفظ الخزنة ما أعطته النسخ السابقة (يسرد تبويب «%1» في صفحة الشخص صفوفها)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="13"/>
        <source>given name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="14"/>
        <source>father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="15"/>
        <source>grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="16"/>
        <source>family or clan name</source>
        <translation>اسم العائلة أو العشيرة</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="17"/>
        <source>nickname</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="32"/>
        <source>%1 kept in the record; the list&apos;s %2 added to the other spellings (a list never changes a name; to take the list&apos;s, use %3 on the person&apos;s page)</source>
        <translation>أبقى السجل على %1؛ وأُضيف ما تكتبه القائمة، %2، إلى التهجئات الأخرى (القائمة لا تغيّر اسمًا أبدًا؛ لاعتماد ما تكتبه، استعمل «%3» في صفحة الشخص)</translation>
    </message>
</context>
<context>
    <name>ImportReportWindow</name>
    <message>
        <location filename="../../ui/import_report_window.py" line="21"/>
        <source>Import %1</source>
        <translation>الاستيراد %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../ui/import_rows.py" line="31"/>
        <source>created %1</source>
        <translation>أُنشئ %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="32"/>
        <source>updated %1</source>
        <translation>حُدّث %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="33"/>
        <source>matched %1, nothing new</source>
        <translation>طابق %1، لا جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="34"/>
        <source>went to %1 (whether it added anything was not recorded)</source>
        <translation>ذهب إلى %1 (لم يُسجَّل إن أضاف شيئاً)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="36"/>
        <source>repeat of row %1: %2</source>
        <translation>تكرار للصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="37"/>
        <source>imported, but its person has been deleted since</source>
        <translation>استُورد، لكن شخصه حُذف منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="39"/>
        <source>not imported: the import was discarded</source>
        <translation>لم يُستورد: أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="40"/>
        <source>waits for a decision</source>
        <translation>ينتظر قراراً</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="43"/>
        <source>went with row %1 to %2; row %1 withdrawn since</source>
        <translation>ذهب مع الصف %1 إلى %2؛ وسُحب الصف %1 منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="44"/>
        <source>rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="45"/>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="46"/>
        <source>skipped: a repeat of row %1, which was skipped</source>
        <translation>تُخطّي: تكرار للصف %1 الذي تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="48"/>
        <source>withdrawn from %1; waits for a decision</source>
        <translation>سُحب من %1؛ ينتظر قراراً</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="49"/>
        <source>decided: %1, not imported yet</source>
        <translation>القرار: %1، لم يُستورد بعد</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="50"/>
        <source>withdrawn from %1, decided again: %2</source>
        <translation>سُحب من %1، ثم تقرر من جديد: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="52"/>
        <source>%1 (merged into %2 since)</source>
        <translation>%1 (دُمج منذ ذلك الحين في %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="54"/>
        <source>matched %1</source>
        <translation>طابق %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="55"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="95"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="96"/>
        <source>Name as listed</source>
        <translation>الاسم كما في القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="97"/>
        <source>What happened</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="98"/>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="144"/>
        <source>Rows of the list and their case numbers (%1):</source>
        <translation>صفوف القائمة وأرقام ملفاتها (%1):</translation>
    </message>
</context>
<context>
    <name>ImportRowsTable</name>
    <message>
        <location filename="../../ui/import_rows.py" line="120"/>
        <source>Save rows as CSV...</source>
        <translation>حفظ الصفوف كملف CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="157"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="171"/>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>1. Choose the list to import</source>
        <translation>1. اختر القائمة المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Choose the file, or type or paste its path</source>
        <translation>اختر الملف، أو اكتب مساره أو الصقه</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Choose file...</source>
        <translation>اختيار ملف...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>e.g. Office of Kidnapped Affairs</source>
        <translation>مثلاً مكتب شؤون المختطفين</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Who sent the list</source>
        <translation>مُرسل القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Read the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Lists (%1)</source>
        <translation>القوائم (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>The box holds more than one line: paste the path of one file.</source>
        <translation>يحتوي الحقل على أكثر من سطر: الصق مسار ملف واحد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>%1 is not a file on this computer. Copy the list onto this computer, then choose it or paste its path.</source>
        <translation>%1 ليس ملفاً على هذا الحاسوب. انسخ القائمة إلى هذا الحاسوب، ثم اخترها أو الصق مسارها.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Choose a file first.</source>
        <translation>اختر ملفاً أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>%1 is a folder. Choose the list&apos;s file in it.</source>
        <translation>%1 مجلّد. اختر ملف القائمة الذي فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="209"/>
        <source>There is no file at %1. Check the path, or choose the file.</source>
        <translation>لا يوجد ملف في %1. تحقق من المسار، أو اختر الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>2. Sheet and header row</source>
        <translation>2. الورقة وصف العناوين</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <location filename="../../ui/import_wizard.py" line="310"/>
        <location filename="../../ui/import_wizard.py" line="403"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Next: columns</source>
        <translation>التالي: الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source> (hidden)</source>
        <translation> (مخفية)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>This exact file was imported before (batch %1).</source>
        <translation>هذا الملف نفسه استُورد من قبل (الدفعة %1).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>This exact file was imported before (batch %1), and batch %2, another version of this list, was committed after it: it is read as a new version of the list, not as a double import.</source>
        <translation>هذا الملف نفسه استُورد من قبل (الدفعة %1)، ثم أُدخلت بعده الدفعة %2، وهي نسخة أخرى من هذه القائمة: يُقرأ نسخةً جديدة من القائمة، لا استيرادًا مكررًا.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>This exact file is staged already as batch %1, waiting for decisions: decide or discard that batch rather than import it again.</source>
        <translation>هذا الملف نفسه مُجهَّز للاستيراد أصلاً في الدفعة %1 بانتظار القرارات: قرِّر في تلك الدفعة أو تخلَّص منها بدلاً من استيراده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Batch %1 of this list (%2, staged %3) is still waiting for decisions: its rows are not in the vault yet, so this list is compared with the last version committed, not with it, and a woman both versions add may be added twice. Decide or discard that batch first.</source>
        <translation>الدفعة %1 من هذه القائمة (%2، جُهِّزت في %3) ما زالت بانتظار القرارات: صفوفها ليست في الخزنة بعد، لذا تُقارَن هذه القائمة بآخر نسخة استُوردت منها، لا بتلك الدفعة، وقد تُضاف امرأة تذكرها النسختان مرتين. قرِّر في تلك الدفعة أو تخلَّص منها أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="278"/>
        <source>Several sheets hold a list: %1. The first is shown; choose the sheet to import above (each sheet is a list of its own).</source>
        <translation>أكثر من ورقة تحوي قائمة: %1. تُعرض الأولى منها؛ اختر في الأعلى الورقة المراد استيرادها (كل ورقة قائمة مستقلة).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="284"/>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291"/>
        <source>3. What each column holds</source>
        <translation>3. محتوى كل عمود</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Why suggested</source>
        <translation>سبب الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Check the rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>The saved mapping leaves out %1, which would now be imported. It stands as saved: choose the field below to import the column.</source>
        <translation>ربط الأعمدة المحفوظ يترك %1 دون استيراد، مع أنه سيُستورد الآن. يبقى الربط كما حُفظ: اختر الحقل أدناه لاستيراد العمود.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366"/>
        <source>4. Preview: what will happen to each row</source>
        <translation>4. معاينة: ماذا سيحدث لكل صف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>An update would change</source>
        <translation>ما سيغيّره التحديث</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="385"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="404"/>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438"/>
        <source>skipped again, as by hand last time</source>
        <translation>تُخطّي مرة أخرى، كما تُخطّي يدوياً في المرة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="441"/>
        <source>waits: skipped by hand last time, changed since</source>
        <translation>ينتظر قرارك: تُخطّي يدوياً في المرة السابقة، وتغيّر منذ ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="444"/>
        <source>waits: under the list&apos;s signature or total</source>
        <translation>ينتظر قرارك: تحت توقيع القائمة أو مجموعها</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="456"/>
        <location filename="../../ui/import_wizard.py" line="703"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="460"/>
        <source>same as row %1</source>
        <translation>مثل الصف %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="473"/>
        <source>Said of everyone this list adds: %1. Given to %n new person(s) whose row does not say it; no person the list updates is given it.</source>
        <translation>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
            <numerusform>ما قيل عن كل من تضيفهم هذه القائمة: %1. يُعطى لـ %n من الأشخاص الجدد الذين لا يذكره صفهم؛ ولا يُعطى لأي شخص تحدّثه القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>Select a row to see it in full here.</source>
        <translation>اختر صفاً لتراه هنا كاملاً.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="494"/>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>adds the family contact %1</source>
        <translation>يضيف رقم التواصل العائلي %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="507"/>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509"/>
        <source>Matches %1</source>
        <translation>يطابق %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="512"/>
        <source>Repeats row %1 of this list.</source>
        <translation>يكرر الصف %1 من هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="515"/>
        <source>Skipped again: you skipped this same row by hand in the list&apos;s last version, so nothing of it is imported.</source>
        <translation>تُخطّي مرة أخرى: تخطّيت هذا الصف نفسه يدوياً في النسخة السابقة من القائمة، فلا يُستورد منه شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="518"/>
        <source>You skipped a row of these names by hand in the list&apos;s last version, and its cells changed since: you decide in the next step.</source>
        <translation>تخطّيت يدوياً صفاً بهذه الأسماء في النسخة السابقة من القائمة، وتغيّرت خلاياه منذ ذلك الحين: تقرر أنت في الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="522"/>
        <source>This row stands under the line on row %1, which ends the list: the name of whoever signed it, perhaps. It is not imported unless you decide so in the next step.</source>
        <translation>يقع هذا الصف تحت السطر في الصف %1 الذي ينتهي به الجدول: قد يكون اسم من وقّع عليه. لا يُستورد إلا إذا قررت ذلك في الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="530"/>
        <source>Importing updates this person:</source>
        <translation>الاستيراد يحدّث هذا الشخص:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="531"/>
        <source>Importing changes nothing in this person&apos;s record.</source>
        <translation>الاستيراد لا يغيّر شيئاً في سجل هذا الشخص.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>Left as in the vault (the list says otherwise):</source>
        <translation>يبقى كما في الخزنة (القائمة تقول غير ذلك):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Not certain: you decide in the next step.</source>
        <translation>غير مؤكد: تقرر أنت في الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="539"/>
        <source>A new person will be made of this row.</source>
        <translation>سيُنشأ من هذا الصف شخص جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="556"/>
        <source>5. Probable matches: decide each row</source>
        <translation>5. تطابقات محتملة: قرّر لكل صف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="558"/>
        <source>Each row below looks like a person already in the vault or an earlier row of the list. Create a new person, update the matching person, or skip the row.</source>
        <translation>كل صف أدناه يشبه شخصاً موجوداً في الخزنة أو صفاً سابقاً في القائمة. أنشئ شخصاً جديداً، أو حدّث الشخص المطابق، أو تخطَّ الصف.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="626"/>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>As row %1: the same woman</source>
        <translation>مع الصف %1: المرأة نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="663"/>
        <source>It stands under the line on row %1, which ends the list: the name of whoever signed it, or a person the list names after its end. Create her only if she is one.</source>
        <translation>يقع تحت السطر في الصف %1، الذي تنتهي به القائمة: اسم من وقّعها، أو شخص تذكره القائمة بعد نهايتها. أنشئها فقط إن كانت كذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="671"/>
        <source>Row %1 of this list looks like the same woman.</source>
        <translation>يبدو أن الصف %1 من هذه القائمة للمرأة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="673"/>
        <source>Rows %1 of this list look like the same woman.</source>
        <translation>يبدو أن الصفوف %1 من هذه القائمة للمرأة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>Fits as well (score %1): %2</source>
        <translation>يطابق بالقدر نفسه (الدرجة %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="696"/>
        <source>This row may be one of them, not both.</source>
        <translation>قد يكون هذا الصف إحداهما، لا كلتيهما.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="702"/>
        <source>No one in the vault</source>
        <translation>لا أحد في الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Row %1 of this list already updates %2.</source>
        <translation>الصف %1 من هذه القائمة يحدّث %2 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="714"/>
        <source>Rows %1 of this list already update %2.</source>
        <translation>الصفوف %1 من هذه القائمة تحدّث %2 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="776"/>
        <source>Nothing was imported: you did not say yes to updating %1. Choose to create a new person or to skip instead, then Import.</source>
        <translation>لم يُستورد شيء: لم توافق على التحديث من %1. اختر إنشاء شخص جديد أو التخطي بدلاً من ذلك، ثم انقر «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="835"/>
        <source>Nothing was imported: the person chosen to update for %1 has been deleted since this page was filled. Choose again, then Import.</source>
        <translation>لم يُستورد شيء: الشخص الذي اختير تحديثه من %1 حُذف بعد ملء هذه الصفحة. اختر من جديد، ثم انقر «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="839"/>
        <source>Nothing was imported: the vault changed while this page was open, and the update chosen for %1 is now in doubt. Import asks you about it.</source>
        <translation>لم يُستورد شيء: تغيّرت الخزنة بينما كانت هذه الصفحة مفتوحة، وصار التحديث المختار من %1 موضع شك. عند النقر على «استيراد» تُسأل عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="844"/>
        <source>Nothing was imported yet: %1 was taken for a person whose record has been deleted since this page was filled; its values were erased with that record, and it will not be imported. Check the other rows, then Import.</source>
        <translation>لم يُستورد شيء بعد: %1 عُدّ لشخص حُذف سجله بعد ملء هذه الصفحة؛ مُحيت قيمه مع ذلك السجل، ولن يُستورد. راجع الصفوف الأخرى، ثم انقر «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="850"/>
        <source>Nothing was imported yet: your other decisions are kept, and a person entered since the list was staged looks like %1. Decide, then Import.</source>
        <translation>لم يُستورد شيء بعد: قراراتك الأخرى محفوظة، وشخص أُدخل بعد تحضير القائمة للاستيراد يشبه %1. قرّر، ثم انقر «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="855"/>
        <source>Nothing was imported yet: your other decisions are kept, and a record edited after the decision on %1 now disagrees with the list. Decide again, then Import.</source>
        <translation>لم يُستورد شيء بعد: قراراتك الأخرى محفوظة، وسجلٌّ عُدّل بعد القرار في %1 صار يخالف القائمة. قرّر من جديد، ثم انقر «استيراد».</translation>
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
        <translation>(قُرئت على أنها %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>In the list</source>
        <translation>في القائمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Header on row %1; %n row(s).</source>
        <translation>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
            <numerusform>العناوين في الصف %1؛ عدد الصفوف: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="252"/>
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
            <numerusform>الصفوف الفارغة التي تم تخطيها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Vault person</source>
        <translation>الشخص في الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="576"/>
        <source>Discard this import</source>
        <translation>إلغاء هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <location filename="../../ui/import_wizard.py" line="577"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>The new person is given what was said of the whole list, not in this row: %1</source>
        <translation>يُعطى الشخص الجديد ما قيل عن القائمة كلها، لا ما في هذا السطر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="613"/>
        <source>Choose...</source>
        <translation>اختر...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="614"/>
        <source>Create new person</source>
        <translation>إنشاء شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="618"/>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Update %1</source>
        <translation>تحديث %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <source>Skip row</source>
        <translation>تخطي الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="683"/>
        <location filename="../../ui/import_wizard.py" line="690"/>
        <source>(matched %1, since merged into this record)</source>
        <translation>(طابق السجل %1 الذي دُمج بعد ذلك في هذا السجل)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="700"/>
        <source>The person it matched has been deleted since the list was staged.</source>
        <translation>الشخص الذي طابقه هذا الصف حُذف بعد تحضير القائمة للاستيراد.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="739"/>
        <source>Decide every row first: create a new person, update the person it matches, or skip it. Rows still to decide: %1.</source>
        <translation>قرّر لكل صف أولاً: إنشاء شخص جديد، أو تحديث الشخص الذي يطابقه، أو تخطيه. الصفوف التي تنتظر القرار: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="864"/>
        <source>Discard import %1? Nothing of the list goes into the vault, and the decisions on this page are lost.</source>
        <translation>إلغاء الاستيراد %1؟ لن يدخل شيء من القائمة إلى الخزنة، وستضيع القرارات المتخذة في هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="867"/>
        <source>Decisions you chose on this page: %1.</source>
        <translation>القرارات التي اخترتها في هذه الصفحة: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="868"/>
        <source>Discard the import</source>
        <translation>ألغِ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="875"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="892"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1078"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <location filename="../../ui/imports_view.py" line="25"/>
        <source>New import...</source>
        <translation>استيراد جديد...</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="28"/>
        <source>Finish the selected import</source>
        <translation>إكمال الاستيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="31"/>
        <source>Show the selected import&apos;s report</source>
        <translation>عرض تقرير الاستيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Waiting</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="47"/>
        <source>Imported (UTC)</source>
        <translation>وقت الاستيراد (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>waiting for decisions</source>
        <translation>بانتظار القرارات</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>imported</source>
        <translation>مستورَد</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="67"/>
        <source>discarded</source>
        <translation>مُلغى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports_view.py" line="71"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>عمليات الاستيراد: %n</numerusform>
            <numerusform>عمليات الاستيراد: %n</numerusform>
            <numerusform>عمليات الاستيراد: %n</numerusform>
            <numerusform>عمليات الاستيراد: %n</numerusform>
            <numerusform>عمليات الاستيراد: %n</numerusform>
            <numerusform>عمليات الاستيراد: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="76"/>
        <source>%1, sheet %2</source>
        <translation>%1، الورقة %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="92"/>
        <source>Select an import in the list first.</source>
        <translation>اختر استيراداً من القائمة أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="114"/>
        <source>Import %1 is finished already: its rows are in the vault. Nothing waits.</source>
        <translation>الاستيراد %1 منتهٍ من قبل: صفوفه في الخزنة. لا شيء ينتظر.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="117"/>
        <source>Import %1 was discarded: nothing of it is in the vault. Import the file again to use it.</source>
        <translation>الاستيراد %1 أُلغي: لا شيء منه في الخزنة. استورد الملف مجدداً لاستعماله.</translation>
    </message>
</context>
<context>
    <name>ListChanges</name>
    <message>
        <location filename="../../ui/list_changes.py" line="24"/>
        <source>status changed</source>
        <translation>تغيرت الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="25"/>
        <source>changed</source>
        <translation>متغير</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="26"/>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="27"/>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="28"/>
        <source>cell left blank</source>
        <translation>خانة متروكة فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row before</source>
        <translation>الصف سابقاً</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>In the list</source>
        <translation>في القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>What changed</source>
        <translation>ما تغير</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="60"/>
        <source>Changes since the last import of this list:</source>
        <translation>التغييرات منذ آخر استيراد لهذه القائمة:</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="110"/>
        <source>perhaps %1: a probable match that waits for your decision</source>
        <translation>ربما %1: تطابق محتمل ينتظر قرارك</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="113"/>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="137"/>
        <source>(blank)</source>
        <translation>(فارغة)</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="139"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: سابقًا %2، والآن %3</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="146"/>
        <source>%1: left blank (was %2)</source>
        <translation>%1: تركت فارغة (كانت %2)</translation>
    </message>
</context>
<context>
    <name>ListWideChoice</name>
    <message>
        <location filename="../../ui/import_list_wide.py" line="19"/>
        <source>Everyone this list adds is:</source>
        <translation>كل من تضيفهم هذه القائمة:</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="23"/>
        <location filename="../../ui/import_list_wide.py" line="28"/>
        <source>as the row says</source>
        <translation>كما يذكر الصف</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="42"/>
        <source>Given only to the persons this import creates, where their row does not say it: a row&apos;s own sex or status always wins. A person already in the vault that the list updates is never given it: a word about a whole list is no evidence about a known record. A status given so counts as known on the day the list is read, and her history says it was said of the whole list, not in her row. Matching is not changed by it. A row whose own sex or status cell says something, read or not, is not given it. A probable match made a new person is given it, decided one by one or all at once; it is still listed as a possible duplicate. Made new all at once, one that resembles a woman the vault knows as rescued, reunited or deceased is given the sex but not the status, and the report names its row. It is said of this list only: the sender&apos;s next list is not given it unless you choose it again.</source>
        <translation>يُعطى فقط للأشخاص الذين ينشئهم هذا الاستيراد، حين لا يذكره صفهم: جنس الصف نفسه أو حالته تغلب دائماً. ولا يُعطى أبداً لشخص موجود في الخزنة تحدّثه القائمة: كلمة عن قائمة كاملة ليست دليلاً على سجل معروف. والحالة المعطاة هكذا تُعدّ معروفة في يوم قراءة القائمة، ويذكر سجلها أنها قيلت عن القائمة كلها لا في سطرها. ولا تتغير المطابقة بسببها. ولا يُعطى لصف في خانة جنسه أو حالته كلام، قُرئ أم لا. أما التطابق المحتمل الذي جُعل شخصاً جديداً فيُعطاه، سواء قُرّر واحداً واحداً أو دفعة واحدة، ويبقى مذكوراً على أنه تكرار محتمل. وإن جُعل جديداً دفعة واحدة وهو يشبه امرأة تعرفها الخزنة مُنقذةً أو عائدةً إلى أهلها أو متوفاة، يُعطى الجنس دون الحالة، ويذكر التقرير صفه. وهو يُقال عن هذه القائمة وحدها: لا تُعطاه القائمة التالية من المُرسل نفسه إلا إذا اخترته مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="68"/>
        <source>The last list from this sender was said to add everyone as: %1. Not chosen for this list: what is said of one list is not said of the next; choose it again if it holds for this list too.</source>
        <translation>قيل عن القائمة السابقة من هذا المُرسل إن كل من تضيفهم: %1. لم يُختر لهذه القائمة: ما يُقال عن قائمة لا يُقال عن التي تليها؛ اختره مرة أخرى إن كان يصح عن هذه القائمة أيضاً.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Rescues</source>
        <translation>عمليات الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Imports</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Audit</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Vault</source>
        <translation>ال&amp;خزنة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Back up...</source>
        <translation>نسخ احتياطي...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Change passphrase...</source>
        <translation>تغيير عبارة المرور...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>New recovery code...</source>
        <translation>رمز استرداد جديد...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Settings...</source>
        <translation>الإعدادات...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>بيانات تجريبية مصطنعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>A new recovery code was made on %1 and never shown (the program stopped first): the code written down may no longer open the vault. Make a new one: Vault &gt; New recovery code...</source>
        <translation>صُنع رمز استرداد جديد في %1 ولم يُعرض قط (توقف البرنامج قبل ذلك): قد لا يفتح الرمز المدوَّن الخزنة بعد الآن. اصنع رمزاً جديداً: الخزنة &gt; رمز استرداد جديد...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Deleted at this unlock, beside the vault: %1, the copy of a backup that a restore left when it was cut off. The vault was not replaced by it: to restore that backup, lock the vault (Vault &gt; Lock) and choose &quot;Restore from a backup...&quot; again. The Audit screen lists it too.</source>
        <translation>حُذف عند هذا الفتح، بجانب الخزنة: %1، وهي نسخة من نسخة احتياطية تركتها استعادةٌ انقطعت. لم تُستبدل الخزنة بها: لاستعادة تلك النسخة الاحتياطية، اقفل الخزنة (الخزنة &gt; قفل) واختر «الاستعادة من نسخة احتياطية...» مرة أخرى. وشاشة سجل التدقيق تذكرها أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Could not delete %1 (%2): the copy of a backup that a restore left beside the vault when it was cut off. It opens with the passphrase the vault had then; delete it yourself.</source>
        <translation>تعذّر حذف %1 (%2): وهي نسخة من نسخة احتياطية تركتها بجانب الخزنة استعادةٌ انقطعت. تُفتح بعبارة المرور التي كانت للخزنة آنذاك؛ احذفها بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>%1 was a backup: it is now a working vault (it was unlocked), and the backup it was is gone. Keep another copy: Vault &gt; Back up...</source>
        <translation>كان %1 نسخة احتياطية: صار الآن خزنة يُعمل بها (فُتحت)، وذهبت النسخة الاحتياطية التي كانها. احتفظ بنسخة أخرى: الخزنة &gt; نسخ احتياطي...</translation>
    </message>
</context>
<context>
    <name>MergedRecord</name>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Merged record</source>
        <translation>السجل المدموج</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>%1 (from %2)</source>
        <translation>%1 (من السجل %2)</translation>
    </message>
</context>
<context>
    <name>NameBoxes</name>
    <message>
        <location filename="../../ui/name_boxes.py" line="22"/>
        <source>%1, Arabic script box: %2 is in Latin letters; type it in the Latin letters box</source>
        <translation>%1، خانة الحروف العربية: %2 مكتوب بحروف لاتينية؛ اكتبه في خانة الحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/name_boxes.py" line="26"/>
        <source>%1, Latin letters box: %2 is in Arabic script; type it in the Arabic script box</source>
        <translation>%1، خانة الحروف اللاتينية: %2 مكتوب بحروف عربية؛ اكتبه في خانة الحروف العربية</translation>
    </message>
</context>
<context>
    <name>NamePart</name>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Given name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Father</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Grandfather</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Family / clan</source>
        <translation>اللقب / العشيرة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272"/>
        <source>Mother</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Nickname</source>
        <translation>الكنية</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>(given name unknown) %1</source>
        <translation>(الاسم الأول غير معروف) %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>known as %1</source>
        <comment>of a man</comment>
        <translation>المعروف بـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230"/>
        <source>known as %1</source>
        <translation>المعروفة بـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>known as %1</source>
        <comment>of a person of unrecorded sex</comment>
        <translation>المعروف/ة بـ %1</translation>
    </message>
</context>
<context>
    <name>NamesErased</name>
    <message>
        <location filename="../../ui/name_erased_question.py" line="24"/>
        <source>Saving erases these names from %1:</source>
        <translation>الحفظ يمحو هذه الأسماء من %1:</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="28"/>
        <source>Search and the papers no longer find the record by a name erased. Cancel puts the names back in their boxes; nothing is saved.</source>
        <translation>لن يجد البحث ولا الأوراق السجلَّ باسمٍ ممحو. «ألغِ» يعيد الأسماء إلى خاناتها، ولا يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="31"/>
        <source>Erase and save</source>
        <translation>امحُها واحفظ</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="103"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="107"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Too short: at least 8 characters</source>
        <translation>قصيرة جداً: 8 أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Weak: add more words</source>
        <translation>ضعيفة: أضف كلمات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Fair: a longer passphrase is better</source>
        <translation>مقبولة: الأطول أفضل</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="116"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="124"/>
        <source>Several unrelated words make a strong passphrase.</source>
        <translation>عدة كلمات غير مترابطة تصنع عبارة مرور قوية.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="126"/>
        <source>This passphrase has Arabic-Indic or Persian digits (%1): type them the same way every time. The same number in Latin digits (%2) is another passphrase and will not open the vault.</source>
        <translation>في عبارة المرور هذه أرقام عربية مشرقية أو فارسية (%1): اكتبها بالطريقة نفسها في كل مرة. العدد نفسه بالأرقام اللاتينية (%2) عبارة مرور أخرى ولن يفتح الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="131"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/new_person.py" line="118"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="123"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="125"/>
        <source>Arabic script</source>
        <translation>بالخط العربي</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="126"/>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Latin letters</source>
        <translation>بالحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="146"/>
        <location filename="../../ui/new_person.py" line="171"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Born</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="157"/>
        <location filename="../../ui/new_person.py" line="174"/>
        <source>Abducted on</source>
        <translation>تاريخ الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="160"/>
        <source>Not given</source>
        <translation>غير مذكورة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="163"/>
        <location filename="../../ui/new_person.py" line="176"/>
        <source>Status date</source>
        <translation>تاريخ الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="164"/>
        <source>e.g. 08/2014; blank: as of today</source>
        <translation>مثلاً 08/2014؛ فارغاً: حتى اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="170"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="172"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="175"/>
        <source>Current status</source>
        <translation>الحالة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="177"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="190"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="194"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="263"/>
        <source>Will be saved as %1, the spelling kept for this village</source>
        <translation>ستُحفظ بتهجئة %1، وهي التهجئة المعتمدة لهذه القرية</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Case</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="290"/>
        <source>Open the existing person</source>
        <translation>افتح الشخص الموجود</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="293"/>
        <source>Save as a new person anyway</source>
        <translation>احفظه شخصاً جديداً رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="322"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>في %1 حروف عربية وحروف لاتينية: اكتب كل تهجئة في خانتها</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="332"/>
        <source>Type at least one name, in Arabic script or in Latin letters.</source>
        <translation>اكتب اسماً واحداً على الأقل، بالخط العربي أو بالحروف اللاتينية.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="361"/>
        <source>Looking for this person in the vault...</source>
        <translation>جارٍ البحث عن هذا الشخص في الخزنة...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="377"/>
        <source>The vault may already hold this person: nothing is saved yet. Open the existing person, or save a new person anyway if none of these is the same.</source>
        <translation>ربما تضم الخزنة هذا الشخص مسبقاً: لم يُحفظ شيء بعد. افتح الشخص الموجود، أو احفظه شخصاً جديداً رغم ذلك إن لم يكن أيٌّ من هؤلاء الشخصَ نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="411"/>
        <source>Comparing what you typed with the record...</source>
        <translation>جارٍ مقارنة ما كتبتَه بالسجل...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="428"/>
        <source>Add them and open the record</source>
        <translation>أضفها وافتح السجل</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="430"/>
        <source>Open without adding</source>
        <translation>افتح دون إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="432"/>
        <source>Open the record</source>
        <translation>افتح السجل</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="436"/>
        <source>Adding to the record...</source>
        <translation>جارٍ الإضافة إلى السجل...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="459"/>
        <source>Saving...</source>
        <translation>جارٍ الحفظ...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="491"/>
        <source>Discard what you typed?</source>
        <translation>هل تريد حذف ما كتبتَه؟</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="492"/>
        <source>The form closes and nothing typed in it is kept.</source>
        <translation>تُغلق الاستمارة ولا يُحفظ شيء مما كُتب فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="493"/>
        <source>Discard</source>
        <translation>احذف ما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="554"/>
        <source>No date: known by %1, the day it is saved</source>
        <translation>بلا تاريخ: تُسجَّل على أنها معروفة حتى %1، يوم الحفظ</translation>
    </message>
</context>
<context>
    <name>NewPersonKeeper</name>
    <message>
        <location filename="../../ui/new_person_kept.py" line="51"/>
        <source>A New person form was open when the vault locked, with what you had typed in it.</source>
        <translation>كانت استمارة «شخص جديد» مفتوحة عند قفل الخزنة، وفيها ما كتبتَه.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="53"/>
        <source>Open it again to finish it, or discard it. Cancel keeps it for later: New person opens it.</source>
        <translation>افتحها مجدداً لإكمالها، أو احذفها. «ألغِ» يُبقيها لوقت لاحق، ويفتحها «شخص جديد».</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="56"/>
        <source>Open it again</source>
        <translation>افتحها مجدداً</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="57"/>
        <source>Discard it</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="111"/>
        <source>Discard what you typed in the New person form?</source>
        <translation>هل تريد حذف ما كتبتَه في استمارة «شخص جديد»؟</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="112"/>
        <source>CaseKeeper closes and nothing typed in the form is kept.</source>
        <translation>يُغلق البرنامج ولا يُحفظ شيء مما كُتب في الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="114"/>
        <source>Discard and close</source>
        <translation>احذف ما كُتب وأغلق</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="26"/>
        <source>Make a new recovery code: the code written down before no longer opens the vault; the passphrase stays as it is. Type the current passphrase.</source>
        <translation>اصنع رمز استرداد جديداً: الرمز المدوَّن من قبل لن يفتح الخزنة بعد الآن؛ وتبقى عبارة المرور كما هي. اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="40"/>
        <source>Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before still open with the old code: make a new backup and destroy the old ones.</source>
        <translation>دوّن رمز الاسترداد الجديد الآن واحفظه بعيداً عن الحاسوب المحمول؛ فهو يُعرض مرة واحدة فقط، والرمز القديم لم يعد يفتح الخزنة. النسخ الاحتياطية المصنوعة من قبل لا تزال تُفتح بالرمز القديم: اصنع نسخة احتياطية جديدة وأتلف القديمة.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>new person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>already known</source>
        <translation>معروف مسبقاً</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
        <source>probable match</source>
        <translation>تطابق محتمل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>OutcomeBoxes</name>
    <message>
        <location filename="../../ui/report_outcome.py" line="19"/>
        <source>Proved false</source>
        <translation>ثبت أنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="22"/>
        <source>What the report told proved false. A status resting on it is withdrawn first. The team&apos;s papers print it marked; a court&apos;s leaves it out and counts it.</source>
        <translation>ثبت أن ما ذكره البلاغ كاذب. اسحب أولاً أي حالة تستند إليه. أوراق الفريق تطبعه مع علامة؛ وأوراق المحكمة تحذفه وتذكر عدده.</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="26"/>
        <source>Why it proved false</source>
        <translation>لماذا ثبت أنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="29"/>
        <source>When (today if empty)</source>
        <translation>متى (اليوم إن تُرك فارغاً)</translation>
    </message>
</context>
<context>
    <name>PdfPassword</name>
    <message>
        <location filename="../../ui/print_password.py" line="27"/>
        <source>Protect the PDF with a password</source>
        <translation>احمِ ملف PDF بكلمة سر</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="33"/>
        <source>Ticked for this paper: it carries informants&apos; reports, phone numbers and payments.</source>
        <translation>محدَّد لهذه الورقة: فيها بلاغات المُخبرين وأرقام الهواتف والمدفوعات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="37"/>
        <source>At least %1 characters. Blanks at either end are no part of it, as in the command line&apos;s password file.</source>
        <translation>%1 أحرف على الأقل. الفراغات في أوله أو في آخره ليست جزءًا منه، كما في ملف كلمة المرور لسطر الأوامر.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="44"/>
        <source>CaseKeeper does not keep it: whoever is to open the PDF must be told it apart from the file.</source>
        <translation>لا يحتفظ CaseKeeper بكلمة السر: أخبِر بها من سيفتح ملف PDF بعيدًا عن الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="51"/>
        <source>PDF password (not your vault passphrase)</source>
        <translation>كلمة مرور ملف PDF (ليست عبارة مرور خزنتك)</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="53"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="80"/>
        <source>The two passwords differ: nothing was saved. Type the same password in both boxes.</source>
        <translation>كلمتا السر مختلفتان: لم يُحفظ شيء. اكتب كلمة السر نفسها في الخانتين.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="87"/>
        <source>Type a password in both boxes, or untick Protect the PDF with a password: nothing was saved.</source>
        <translation>اكتب كلمة السر في الخانتين، أو ألغِ تحديد «احمِ ملف PDF بكلمة سر»: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="92"/>
        <source>The password must be at least %1 characters long, or whoever gets the file guesses it in moments: nothing was saved. A few words are easy to type.</source>
        <translation>يجب ألا تقل كلمة السر عن %1 أحرف، وإلا خمّنها في لحظات من يحصل على الملف: لم يُحفظ شيء. بضع كلمات سهلة الكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="100"/>
        <source>PDF readers refuse a password that mixes Arabic-script and Latin letters, or that does not begin and end with an Arabic-script letter: nothing was saved. Choose another password.</source>
        <translation>ترفض قارئات PDF كلمة سر تخلط بين حروف الخط العربي والحروف اللاتينية، أو لا تبدأ وتنتهي بحرف من الخط العربي: لم يُحفظ شيء. اختر كلمة سر أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="103"/>
        <source>PDF readers refuse a password that holds a control character or a private-use character: nothing was saved. Choose another password.</source>
        <translation>ترفض قارئات PDF كلمة سر فيها محرف تحكّم أو محرف للاستخدام الخاص: لم يُحفظ شيء. اختر كلمة سر أخرى.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.py" line="57"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="64"/>
        <source>Original script</source>
        <translation>بالخط الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="65"/>
        <source>Latin letters</source>
        <translation>بالحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="81"/>
        <source>Other spellings (separated by |)</source>
        <translation>تهجئات أخرى (مفصولة بـ |)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="96"/>
        <source>Who may receive her record. Each level includes those before it: a court&apos;s document lists persons whose level is Court, Family or Public appeal; a family&apos;s, Family or Public appeal; a public appeal, Public appeal only. Internal only: the team&apos;s own documents.</source>
        <translation>من يجوز أن يتلقى سجلها. كل مستوى يشمل ما قبله: وثيقة المحكمة تذكر الأشخاص الذين مستواهم محكمة أو عائلة أو نداء عام؛ ووثيقة العائلة: عائلة أو نداء عام؛ والنداء العام: نداء عام فقط. داخلي فقط: وثائق الفريق نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="22"/>
        <location filename="../../ui/person_form.py" line="121"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="122"/>
        <source>Born (e.g. 1998, about 2001, 12/03/2004)</source>
        <translation>تاريخ الولادة (مثلاً 1998، حوالي 2001، 12/03/2004)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="11"/>
        <location filename="../../ui/person_form.py" line="124"/>
        <source>Village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="12"/>
        <location filename="../../ui/person_form.py" line="125"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="13"/>
        <location filename="../../ui/person_form.py" line="126"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="20"/>
        <location filename="../../ui/person_form.py" line="127"/>
        <location filename="../../ui/person_form.py" line="277"/>
        <source>Abducted on</source>
        <translation>تاريخ الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="14"/>
        <location filename="../../ui/person_form.py" line="128"/>
        <source>Abducted at</source>
        <translation>مكان الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="15"/>
        <location filename="../../ui/person_form.py" line="129"/>
        <source>Last known location</source>
        <translation>آخر مكان معروف</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="16"/>
        <location filename="../../ui/person_form.py" line="130"/>
        <source>Held by</source>
        <translation>محتجز لدى</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="21"/>
        <location filename="../../ui/person_form.py" line="131"/>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="17"/>
        <location filename="../../ui/person_form.py" line="136"/>
        <source>Circumstances</source>
        <translation>الظروف</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="18"/>
        <location filename="../../ui/person_form.py" line="137"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="178"/>
        <source>not read as a date</source>
        <translation>لم يُقرأ تاريخاً</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="180"/>
        <source>read as %1</source>
        <translation>قُرئ على أنه %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="260"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>في %1 حروف عربية وحروف لاتينية: اكتب كل تهجئة في خانتها</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="19"/>
        <location filename="../../ui/person_form.py" line="275"/>
        <source>Born</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="307"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: لا يمكن قراءة %2 تاريخاً (مثلاً 1998، حوالي 1998، 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="313"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 في المستقبل</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/person_page.py" line="92"/>
        <source>Split out</source>
        <translation>فصل السجل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="99"/>
        <source>Back to list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="100"/>
        <source>Copy case number</source>
        <translation>نسخ رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="101"/>
        <source>Print dossier...</source>
        <translation>طباعة الملف...</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="31"/>
        <location filename="../../ui/person_page.py" line="107"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="108"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="109"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="110"/>
        <source>Undo last change</source>
        <translation>تراجع عن آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="113"/>
        <source>Restore draft</source>
        <translation>استعادة المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="114"/>
        <source>Discard draft</source>
        <translation>تجاهل المسودة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="105"/>
        <source>Same person as...</source>
        <translation>نفس الشخص مثل...</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="112"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>What the list said</source>
        <translation>ما ذكرته القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Record</source>
        <translation>سُجّل تحت</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The list said</source>
        <translation>ما قالته القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The vault keeps</source>
        <translation>ما تحفظه الخزنة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="158"/>
        <source>Status timeline</source>
        <translation>التسلسل الزمني للحالة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="159"/>
        <source>Relatives</source>
        <translation>الأقارب</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="160"/>
        <source>Family contacts</source>
        <translation>جهات اتصال العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="161"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="162"/>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="163"/>
        <source>Rescues</source>
        <translation>عمليات الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="164"/>
        <source>Provenance</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="165"/>
        <location filename="../../ui/person_page.py" line="301"/>
        <source>Not taken from lists</source>
        <translation>ما لم يُؤخذ من القوائم</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="166"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="225"/>
        <source>Records merged into this one:</source>
        <translation>سجلات دُمجت في هذا السجل:</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="236"/>
        <source>This record is merged into %1, which holds all that is known of this person; it is kept for its history.</source>
        <translation>دُمج هذا السجل في %1 الذي يضم كل ما يُعرف عن هذا الشخص؛ ويُحتفظ به لتاريخه.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="255"/>
        <source>%1 (record %2, merged into this one)</source>
        <translation>%1 (السجل %2، دُمج في هذا السجل)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="269"/>
        <source>%1, read as %2</source>
        <translation>%1، قُرئت على أنها %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="290"/>
        <source>(settled: the vault holds the list&apos;s value now)</source>
        <translation>(حُسمت: الخزنة تحمل الآن قيمة القائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="292"/>
        <source>(settled: batch %1 (%2), a later version of the list, no longer says it)</source>
        <translation>(حُسمت: الدفعة %1 (%2)، وهي نسخة أحدث من القائمة، لم تعد تقول ذلك)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="355"/>
        <source>Saved at %1.</source>
        <translation>حُفظ في الساعة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="363"/>
        <source>%1 was saved elsewhere since you began editing, so nothing was saved. Reload takes her record as it is saved now and keeps what you typed on top of it; where a field you changed was changed there too, you choose which to keep. Then save again.</source>
        <translation>حُفظ %1 في مكان آخر منذ أن بدأتَ التعديل، لذلك لم يُحفظ شيء. «إعادة التحميل» تأخذ سجلها كما هو محفوظ الآن وتُبقي ما كتبتَه فوقه؛ وحيث غُيّر هناك أيضًا حقلٌ غيّرتَه، تختار أنت أيّهما يبقى. ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="412"/>
        <source>Last change undone at %1.</source>
        <translation>تم التراجع عن آخر تغيير في الساعة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="462"/>
        <source>Her record as it is saved now, with what you typed on top of it. Nothing is saved until you click Save.</source>
        <translation>سجلها كما هو محفوظ الآن، وما كتبتَه فوقه. لا يُحفظ شيء حتى تنقر «حفظ».</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="495"/>
        <source>Dated %1, when report %2 was observed. Withdraw it and add it again with its date if it happened on another day.</source>
        <translation>أُرّخت بـ %1، تاريخ المشاهدة في البلاغ %2. إن حدثت في يوم آخر فاسحبها وأضفها من جديد بتاريخها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="508"/>
        <source>Her death is recorded on %1. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>وفاتها مسجّلة في %1. إن كان خبر الوفاة خطأ فاسحبه؛ وإن كان هذا هو الخطأ فاسحب هذا (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="511"/>
        <source>Her death is recorded on %1, before this. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>وفاتها مسجّلة في %1، قبل هذا. إن كان خبر الوفاة خطأ فاسحبه؛ وإن كان هذا هو الخطأ فاسحب هذا (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="524"/>
        <source>She was already recorded deceased since %1: this death of %2 is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>كانت مسجّلة متوفاة من قبل منذ %1: هذه الوفاة المؤرّخة %2 تُحفظ في سجلّها إلى جانبها، سجلًّا ثانيًا لوفاتها، وتذكر أوراقها الاثنتين. إن كانت إحداهما خطأ فاسحبها (حدّدها، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="529"/>
        <source>She was already recorded deceased since %1: this death, told without a date, is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>كانت مسجّلة متوفاة من قبل منذ %1: تُحفظ هذه الوفاة، التي قيلت بلا تاريخ، في سجلّها إلى جانبها، سجلًّا ثانيًا لوفاتها، وتذكر أوراقها الاثنتين. إن كانت إحداهما خطأ فاسحبها (حدّدها، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="545"/>
        <source>She was reunited with her family on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>عادت إلى عائلتها في %1؛ وهذه تجعلها محتجزة من جديد. إن كان هذا خطأ فاسحبه (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="548"/>
        <source>She was rescued on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>أُنقذت في %1؛ وهذه تجعلها محتجزة من جديد. إن كان هذا خطأ فاسحبه (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="552"/>
        <source>She was reunited with her family on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>عادت إلى عائلتها في %1؛ وهذه تجعلها محتجزة من جديد. إن كان البلاغ خطأ فاسحبه (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="555"/>
        <source>She was rescued on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>أُنقذت في %1؛ وهذه تجعلها محتجزة من جديد. إن كان البلاغ خطأ فاسحبه (حدّده، ثم «سحب الحالة المحدّدة»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="569"/>
        <source>%1 was recorded in her history; she is still %2: told with no date after %2, it is a step back along her case. Add it again with the date it happened to make it her status.</source>
        <translation>سُجّلت الحالة «%1» في تاريخها؛ وما زالت حالتها «%2»: ذُكرت بلا تاريخ بعد «%2»، فهي خطوة إلى الوراء في قضيتها. أضفها من جديد مع تاريخ حدوثها لتصبح حالتها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="572"/>
        <source>%1 was recorded in his history; he is still %2: told with no date after %2, it is a step back along his case. Add it again with the date it happened to make it his status.</source>
        <translation>سُجّلت الحالة «%1» في تاريخه؛ وما زالت حالته «%2»: ذُكرت بلا تاريخ بعد «%2»، فهي خطوة إلى الوراء في قضيته. أضفها من جديد مع تاريخ حدوثها لتصبح حالته.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="575"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2: told with no date after %2, it is a step back along their case. Add it again with the date it happened to make it their status.</source>
        <translation>سُجّلت الحالة «%1» في تاريخ هذا الشخص؛ وما زالت حالته «%2»: ذُكرت بلا تاريخ بعد «%2»، فهي خطوة إلى الوراء في قضيته. أضفها من جديد مع تاريخ حدوثها لتصبح حالته.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="585"/>
        <source>%1 was recorded in her history; she is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>سُجّلت الحالة «%1» في تاريخها؛ وما زالت حالتها «%2» (%3): أيامها، بقدر ما يمكن أن تمتد، قد تأتي قبلها أو بعدها، وتُحتسب بمنتصفها، أي قبلها. إن كانت قد جاءت بعدها، فأضفها مجددًا باليوم الذي حدثت فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="589"/>
        <source>%1 was recorded in his history; he is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>سُجّلت الحالة «%1» في تاريخه؛ وما زالت حالته «%2» (%3): أيامها، بقدر ما يمكن أن تمتد، قد تأتي قبلها أو بعدها، وتُحتسب بمنتصفها، أي قبلها. إن كانت قد جاءت بعدها، فأضفها مجددًا باليوم الذي حدثت فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="593"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>سُجّلت الحالة «%1» في تاريخ هذا الشخص؛ وما زالت حالته «%2» (%3): أيامها، بقدر ما يمكن أن تمتد، قد تأتي قبلها أو بعدها، وتُحتسب بمنتصفها، أي قبلها. إن كانت قد جاءت بعدها، فأضفها مجددًا باليوم الذي حدثت فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="597"/>
        <source>%1 was recorded in her history; she is still %2, a status later or further along her case.</source>
        <translation>سُجّلت الحالة «%1» في تاريخها؛ وما زالت حالتها «%2»، وهي حالة أحدث أو أبعد في قضيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="599"/>
        <source>%1 was recorded in his history; he is still %2, a status later or further along his case.</source>
        <translation>سُجّلت الحالة «%1» في تاريخه؛ وما زالت حالته «%2»، وهي حالة أحدث أو أبعد في قضيته.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="601"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2, a status later or further along their case.</source>
        <translation>سُجّلت الحالة «%1» في تاريخ هذا الشخص؛ وما زالت حالته «%2»، وهي حالة أحدث أو أبعد في قضيته.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="619"/>
        <source>Births are often guessed, and a parent taken young may have had a child in captivity. Link them all the same? The History tab will say that they were linked despite their births.</source>
        <translation>كثيراً ما تُقدَّر تواريخ الميلاد تقديراً، وقد يكون أحد الوالدين قد خُطف صغيراً فأنجب طفلاً في الأسر. أتربط بينهما رغم ذلك؟ سيذكر تبويب «السجل» أنهما رُبطا رغم تاريخي ميلادهما.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="622"/>
        <source>Link all the same</source>
        <translation>اربطهما رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="630"/>
        <source>Linked: %1 %2, %3.</source>
        <translation>رُبط: %1 %2، %3.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="665"/>
        <source>%1 is now %2 (was %3): what report %4 tells reaches no later than the day it came in.</source>
        <translation>حالة %1 الآن: %2 (كانت: %3): ما يرويه البلاغ %4 لا يتجاوز يوم وصوله.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="675"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>حالة %1 الآن: %2 (كانت: %3): حالة أحدث أو أبعد في مسار قضيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="680"/>
        <source>%1: her death is recorded on %2, before a status she was alive in: if the death was reported in error, withdraw it; if the observed date of report %3 is wrong, correct it.</source>
        <translation>%1: وفاتها مسجّلة في %2، قبل حالة كانت فيها على قيد الحياة: إن كان خبر الوفاة خطأ فاسحبه؛ وإن كان تاريخ المشاهدة في البلاغ %3 خطأ فصحّحه.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="691"/>
        <source>%1: her status %2 now dated %3, as report %4.</source>
        <translation>%1: حالتها %2 صارت مؤرخة %3، كالبلاغ %4.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="693"/>
        <source>%1: her status %2 keeps %3: report %4 gives no observed date now.</source>
        <translation>%1: حالتها %2 تبقى بتاريخ %3: البلاغ %4 لم يعد يذكر تاريخ المشاهدة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="694"/>
        <source>%1: her status %2 keeps %3: it was told with a date of its own, or before CaseKeeper noted which statuses took the report&apos;s date; to date it anew, withdraw it and tell it again on report %4 without a date.</source>
        <translation>%1: حالتها %2 تبقى بتاريخ %3: سُجّلت بتاريخ خاص بها، أو قبل أن يسجّل CaseKeeper أيّ الحالات أخذت تاريخ البلاغ؛ لتأريخها من جديد، اسحبها ثم سجّلها مرة أخرى على البلاغ %4 دون تاريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="707"/>
        <source>Rescue %1 recorded: her status is now %2.</source>
        <translation>سُجِّلت عملية الإنقاذ %1: حالتها الآن %2.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="709"/>
        <source>Rescue %1 recorded: her status stays %2, which is later or further along her case.</source>
        <translation>سُجِّلت عملية الإنقاذ %1: تبقى حالتها %2، وهي أحدث أو أبعد في مسار قضيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="712"/>
        <source>Rescue %1 recorded; it gives no status: hers stays %2.</source>
        <translation>سُجِّلت عملية الإنقاذ %1؛ لا تمنح أي حالة: تبقى حالتها %2.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="757"/>
        <source>%1 cannot be taken off report %2: %3</source>
        <translation>لا يمكن حذف %1 من البلاغ %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="761"/>
        <source>Take %1 off report %2? It was filed under her by mistake.</source>
        <translation>هل تُزال %1 من البلاغ %2؟ سُجّل باسمها خطأً.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="763"/>
        <source>The report stays, about %1; it leaves her page and her papers. The audit trail keeps the change.</source>
        <translation>يبقى البلاغ عن %1؛ ويخرج من صفحتها ومن أوراقها. ويحفظ سجل التدقيق هذا التغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="766"/>
        <source>Take her off</source>
        <translation>أزِلها منه</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="776"/>
        <source>%1 taken off report %2: it is no longer about her.</source>
        <translation>أُزيلت %1 من البلاغ %2: لم يعد عنها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="797"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="806"/>
        <source>Cannot read the file: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="821"/>
        <source>%1 is a record of its own again.</source>
        <translation>%1 سجلّ قائم بذاته من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="824"/>
        <source>%1 of %2 left as set: the merge narrowed it to that of %3 and it was changed after the merge, so the split did not set it back. Check who may receive her record.</source>
        <translation>%1 في %2 تُرك كما ضُبط: ضيّقه الدمج إلى مستوى %3 ثم غُيّر بعد الدمج، فلم يُرجعه الفصل. تحقّق ممن يجوز أن يتسلّم سجلها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="828"/>
        <source>%1 of %2 left as edited: it held what the merge brought from %3 and was changed after the merge, so the split could not take that back. Read it and take out what belongs to %3.</source>
        <translation>%1 في %2 تُرك كما عُدّل: كان يحمل ما جلبه الدمج من %3 ثم عُدّل بعد الدمج، فلم يستطع الفصل استرجاعه. اقرأه واحذف ما يخص %3.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="840"/>
        <source>Withdraw %1 (%2) from %3&apos;s history?</source>
        <translation>سحب %1 (%2) من سجلّ %3؟</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="522"/>
        <location filename="../../ui/person_page.py" line="542"/>
        <location filename="../../ui/person_page.py" line="841"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="843"/>
        <source>Her papers will no longer show it; the audit trail keeps what it said. A status a rescue gave is changed on the rescue instead.</source>
        <translation>لن تظهر بعد الآن في أوراقها؛ ويحتفظ سجلّ التدقيق بما قالته. أما الحالة التي أعطتها عملية إنقاذ فتُغيَّر في عملية الإنقاذ نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="854"/>
        <source>Take row %1 of %2 (import %3) back from %4?</source>
        <translation>أتسحب الصف %1 من %2 (الاستيراد %3) من %4؟</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="857"/>
        <source>What the row brought is undone where nothing has changed it since, and its list no longer names this person, here or on papers. A record the row created is deleted, unless something else refers to it. The row can then be decided again from the command line.</source>
        <translation>يُلغى ما جاء به الصف حيث لم يغيّره شيء منذ ذلك، ولا تعود قائمته تذكر هذا الشخص، لا هنا ولا في الأوراق. ويُحذف سجل أنشأه الصف، ما لم يُشِر إليه شيء آخر. ويمكن بعد ذلك البتّ في الصف من جديد من سطر الأوامر.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="845"/>
        <location filename="../../ui/person_page.py" line="861"/>
        <source>Withdraw</source>
        <translation>اسحب</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="242"/>
        <source>There is an unsaved draft of this record: what was typed on her page and not saved. Restore draft puts back only the fields typed in it; what was saved since stays.</source>
        <translation>توجد مسودة غير محفوظة لهذا السجل: ما كُتب في صفحتها ولم يُحفظ. «استعادة المسودة» تعيد فقط الحقول التي كُتبت فيها؛ وما حُفظ منذ ذلك الحين يبقى.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="790"/>
        <source>%1 is merged into %2: added to %1, shown under %2</source>
        <translation>%1 مدموج في %2: أُضيف إلى %1، ويظهر تحت %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="873"/>
        <source>Kept, as another list&apos;s row still says it: %1</source>
        <translation>أُبقي، إذ ما زال صفّ من قائمة أخرى يقوله: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="881"/>
        <source>the family contact %1, changed by hand since the import</source>
        <translation>جهة اتصال العائلة %1، عُدّلت يدويًا بعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="885"/>
        <source>Left as it is, for you to settle by hand: %1</source>
        <translation>تُرك كما هو لتبتّ فيه بنفسك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="892"/>
        <source>%1 (changed since by import %2, row %3)</source>
        <translation>%1 (غُيّر منذ ذلك الحين بالاستيراد %2، الصف %3)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="895"/>
        <source>%1 (changed since, on %2)</source>
        <translation>%1 (غُيّر منذ ذلك الحين، في %2)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="902"/>
        <source>%1 %2 (row %3 of %4, import %5)</source>
        <translation>%1 %2 (الصف %3 من %4، الاستيراد %5)</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="18"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report.</source>
        <translation>حالة %1 (%2) المسجّلة على البلاغ %3 تبقى حيث هي: لا تنتقل مع البلاغ.</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="21"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report. If it is of %4, tell it on that person&apos;s page (Status timeline) on report %3.</source>
        <translation>حالة %1 (%2) المسجّلة على البلاغ %3 تبقى حيث هي: لا تنتقل مع البلاغ. إن كانت لـ %4 فسجّلها في صفحة ذلك الشخص (التسلسل الزمني للحالة) على البلاغ %3.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="95"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="97"/>
        <source>Remove the chosen one from her record (you are asked first)</source>
        <translation>أزل المحدد من سجلها (يُطلب منك التأكيد أولاً)</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Case</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (original)</source>
        <translation>الاسم (الأصلي)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (Latin)</source>
        <translation>الاسم (لاتيني)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Born</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Found by</source>
        <translation>وُجدت باسم</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="335"/>
        <source>Alias</source>
        <translation>اسم آخر</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../ui/filter_boxes.py" line="25"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="26"/>
        <source>Any sex</source>
        <translation>أي جنس</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="33"/>
        <location filename="../../ui/persons_view.py" line="153"/>
        <source>Age today, from</source>
        <translation>العمر اليوم، من</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="34"/>
        <source>Age today, to</source>
        <translation>العمر اليوم، إلى</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="35"/>
        <source>Age today (in %1), not the age when taken, worked out from the recorded birth; a person with no birth recorded is left out</source>
        <translation>العمر اليوم (في %1)، لا العمر عند الاختطاف، محسوباً من تاريخ الولادة المسجَّل؛ ولا يظهر من لم تُسجَّل ولادته</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="38"/>
        <source>Abducted from (e.g. 08/2014)</source>
        <translation>اختُطفت من (مثلاً 08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="39"/>
        <source>Abducted to (e.g. 2015)</source>
        <translation>اختُطفت حتى (مثلاً 2015)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="45"/>
        <location filename="../../ui/persons_view.py" line="171"/>
        <source>Seen since</source>
        <translation>شوهدت منذ</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="46"/>
        <source>A report about her observed on or after this date and received on or after it, or a dated status saying she was seen alive (2024: any time in 2024 or later; &quot;about 2022&quot; is read as 2022); a report that gives no observed date does not count</source>
        <translation>تقرير عنها يذكر مشاهدة في هذا التاريخ أو بعده ووصل في هذا التاريخ أو بعده، أو حالة مؤرخة تقول إنها شوهدت حية (2024: في أي وقت من 2024 أو بعده؛ «حوالي 2022» تُقرأ 2022)؛ التقرير الذي لا يذكر تاريخ المشاهدة لا يُحسب</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="51"/>
        <source>a report or a status: observed on or after %1</source>
        <translation>تقرير أو حالة: شوهدت في %1 أو بعده</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="54"/>
        <source>%1: %2 is not an age in years (e.g. 18)</source>
        <translation>%1: %2 ليس عمراً بالسنوات (مثلاً 18)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="74"/>
        <source>e.g. 08/2014</source>
        <translation>مثلاً 08/2014</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="75"/>
        <source>e.g. 2015</source>
        <translation>مثلاً 2015</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="76"/>
        <source>e.g. 2024</source>
        <translation>مثلاً 2024</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="121"/>
        <source>Search names in any script or spelling...</source>
        <translation>ابحث عن الأسماء بأي خط أو تهجئة...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="124"/>
        <source>New person...</source>
        <translation>شخص جديد...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="127"/>
        <source>Add one person (Ctrl+N); the vault is searched for the same person before anything is saved</source>
        <translation>أضف شخصاً واحداً (Ctrl+N)؛ يُبحث في الخزنة عن الشخص نفسه قبل حفظ أي شيء</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="131"/>
        <source>Print list...</source>
        <translation>طباعة القائمة...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="133"/>
        <source>A case summary of the persons chosen by these filters, on the Print screen</source>
        <translation>ملخص حالات للأشخاص الذين تختارهم عوامل التصفية هذه، في شاشة الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="138"/>
        <source>Sharing level...</source>
        <translation>مستوى المشاركة...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="140"/>
        <source>Set who may receive the records of the persons selected in the list (Ctrl+click, Shift+click)</source>
        <translation>حدّد من يجوز له استلام سجلات الأشخاص المحدَّدين في القائمة (Ctrl+نقر، Shift+نقر)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="152"/>
        <source>to</source>
        <comment>between the two boxes of a range: age 18 to 22</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="426"/>
        <source>No one is in the vault yet. Bring in a list of names on the Imports screen, or add one person with New person...</source>
        <translation>لا أحد في الخزنة بعد. أدخِل قائمة أسماء من شاشة «الاستيراد»، أو أضف شخصًا واحدًا بزر «شخص جديد...».</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="442"/>
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="444"/>
        <source>sex: %1</source>
        <translation>الجنس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="445"/>
        <source>village: %1</source>
        <translation>القرية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="446"/>
        <source>born: %1</source>
        <translation>الولادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="447"/>
        <source>abduction date or age when taken</source>
        <translation>تاريخ الاختطاف أو العمر عند الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="448"/>
        <source>no report or status since %1</source>
        <translation>لا تقرير ولا حالة منذ %1</translation>
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
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج أقرب استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="452"/>
        <source>%n match(es) left out by the filters (best: %1 %2, %3)</source>
        <translation>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
            <numerusform>نتائج استبعدتها عوامل التصفية: %n (الأفضل: %1 ‏%2، %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="475"/>
        <source>Select the persons first: click a row, then Ctrl+click or Shift+click more rows.</source>
        <translation>حدّد الأشخاص أولاً: انقر صفاً، ثم Ctrl+نقر أو Shift+نقر على صفوف أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="481"/>
        <location filename="../../ui/persons_view.py" line="509"/>
        <source>Sharing level</source>
        <translation>مستوى المشاركة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="482"/>
        <source>Who may receive the records of the %n person(s) selected:</source>
        <translation>
            <numerusform>من يجوز له استلام سجلات الأشخاص المحدَّدين (%n):</numerusform>
            <numerusform>من يجوز له استلام سجلات الشخص المحدَّد (%n):</numerusform>
            <numerusform>من يجوز له استلام سجلات الشخصين المحدَّدين (%n):</numerusform>
            <numerusform>من يجوز له استلام سجلات %n أشخاص محدَّدين:</numerusform>
            <numerusform>من يجوز له استلام سجلات %n شخصاً محدَّداً:</numerusform>
            <numerusform>من يجوز له استلام سجلات %n شخص محدَّد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="500"/>
        <source>Set the sharing level of %n person(s) to “%1”? Each change is written to the audit trail.</source>
        <translation>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ (%n) من الأشخاص على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ شخص واحد (%n) على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ شخصين (%n) على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ %n أشخاص على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ %n شخصاً على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
            <numerusform>هل تريد ضبط مستوى المشاركة لـ %n شخص على «%1»؟ يُكتب كل تغيير في سجل التدقيق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="504"/>
        <source>%n of them would be shared more widely than now.</source>
        <translation>
            <numerusform>سيُشارَك سجل (%n) منهم على نطاق أوسع من الآن.</numerusform>
            <numerusform>سيُشارَك سجل شخص واحد (%n) منهم على نطاق أوسع من الآن.</numerusform>
            <numerusform>سيُشارَك سجلا شخصين (%n) منهم على نطاق أوسع من الآن.</numerusform>
            <numerusform>ستُشارَك سجلات %n أشخاص منهم على نطاق أوسع من الآن.</numerusform>
            <numerusform>ستُشارَك سجلات %n شخصاً منهم على نطاق أوسع من الآن.</numerusform>
            <numerusform>ستُشارَك سجلات %n شخص منهم على نطاق أوسع من الآن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="40"/>
        <source>Age: the minimum is above the maximum</source>
        <translation>العمر: الحد الأدنى أكبر من الحد الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="41"/>
        <location filename="../../ui/persons_view.py" line="155"/>
        <source>Abducted from</source>
        <translation>اختُطفت من</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="42"/>
        <source>Abducted to</source>
        <translation>اختُطفت حتى</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="43"/>
        <source>Abduction dates: the first is after the second</source>
        <translation>تواريخ الاختطاف: التاريخ الأول بعد الثاني</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="52"/>
        <source>%1: %2 is not a date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 ليس تاريخاً (مثلاً 2014، 08/2014، 03/08/2014)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="418"/>
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
            <numerusform>النتائج: %n، الأفضل أولاً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="419"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>الأشخاص: %n</numerusform>
            <numerusform>الأشخاص: %n</numerusform>
            <numerusform>الأشخاص: %n</numerusform>
            <numerusform>الأشخاص: %n</numerusform>
            <numerusform>الأشخاص: %n</numerusform>
            <numerusform>الأشخاص: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="27"/>
        <source>Village (every spelling)</source>
        <translation>القرية (بكل تهجئاتها)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="28"/>
        <source>Every spelling of the village in the vault: Kocho also finds Koço, Kojo and كوجو. Another village with a similar name is not included.</source>
        <translation>كل تهجئات القرية في الخزنة: Kocho تجد أيضاً Koço وKojo وكوجو. ولا تُدرج قرية أخرى ذات اسم مشابه.</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="288"/>
        <source>Add photo...</source>
        <translation>إضافة صورة...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="320"/>
        <source>Photo %1: %2</source>
        <translation>الصورة %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="321"/>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../../ui/print_view.py" line="47"/>
        <source>Dossier of one person</source>
        <translation>ملف شخص واحد</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="48"/>
        <source>Case summary (list)</source>
        <translation>ملخص الحالات (قائمة)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="49"/>
        <source>Rescue operation report</source>
        <translation>تقرير عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="53"/>
        <source>Case number (dossier) or rescue number</source>
        <translation>رقم الملف (للملف الشخصي) أو رقم عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="75"/>
        <source>Choose who it is for</source>
        <translation>اختر لمن المستند</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="83"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="84"/>
        <source>Which</source>
        <translation>أيّ منها</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="67"/>
        <source>Required for a family&apos;s summary or rescue report, which show only these persons. More than one: separate them with spaces.</source>
        <translation>مطلوب لملخص أو تقرير إنقاذ موجه إلى عائلة، فهما لا يُظهران إلا هؤلاء الأشخاص. لأكثر من شخص: افصل بين الأرقام بمسافات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="88"/>
        <source>For whom (profile)</source>
        <translation>لمن (ملف الإفصاح)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="89"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="96"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="98"/>
        <source>Save as PDF...</source>
        <translation>حفظ كملف PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="100"/>
        <source>Print...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="104"/>
        <source>Make it anyway (the audit trail will say so)</source>
        <translation>أنشئها رغم ذلك (سيذكر سجل التدقيق ذلك)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="154"/>
        <source>Case number, e.g. %1</source>
        <translation>رقم الملف، مثلاً %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="224"/>
        <source>The choices have changed: click Preview to see the document they make before saving or printing it.</source>
        <translation>تغيّرت الاختيارات: انقر «معاينة» لعرض المستند المطابق لها قبل حفظه أو طباعته.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="249"/>
        <source>Choose who the document is for (profile): it decides what the document shows.</source>
        <translation>اختر لمن المستند (ملف الإفصاح): فهو الذي يحدد ما يظهر في المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="257"/>
        <source>A public document does not say who was sighted, located or is in negotiation: choose Missing, which lists them with the others.</source>
        <translation>الوثيقة العامة لا تذكر من شوهدت أو حُدد مكانها أو من هي قيد التفاوض: اختر «مفقودة»، فهي تدرجهن مع الأخريات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="262"/>
        <source>A court document says Missing of a person whose status is unknown: nothing says she is out, so she counts as still held. Choose Missing, which lists them with the others.</source>
        <translation>تذكر وثيقة المحكمة «مفقودة» عن كل شخص حالته غير معروفة: لا شيء يقول إنها خرجت، فتُعدّ محتجزة. اختر «مفقودة»، فتُدرج مع الآخرين.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="268"/>
        <source>A court document does not say who is sighted, located or in negotiation while she is held: choose Missing, which lists them with the others.</source>
        <translation>وثيقة المحكمة لا تذكر من شوهدت أو حُدد مكانها أو من هي قيد التفاوض ما دامت محتجزة: اختر «مفقودة»، فهي تدرجهن مع الأخريات.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="285"/>
        <location filename="../../ui/print_view.py" line="517"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="326"/>
        <source>The choices changed while the preview was being made: click Preview again.</source>
        <translation>تغيّرت الاختيارات أثناء إعداد المعاينة: انقر «معاينة» مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="406"/>
        <source>For others still held whom this paper is not about, it leaves out the reports that also concern them (%1) and the date, place and outcome of the operations that name them, whatever they gave (%2), and says so.</source>
        <translation>من أجل آخرين لا يزالون محتجزين وليست هذه الوثيقة عنهم، تحذف الوثيقة البلاغات التي تعنيهم أيضاً (%1) وتاريخ ومكان ونتيجة العمليات التي تذكرهم، أيًّا كانت نتيجتها (%2)، وتذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="86"/>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>Whose family</source>
        <translation>عائلة مَن</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="253"/>
        <source>A family&apos;s document shows that family&apos;s own persons only: give their case numbers under Whose family.</source>
        <translation>وثيقة العائلة لا تُظهر إلا أفراد تلك العائلة: أدخل أرقام ملفاتهم في «عائلة مَن».</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="311"/>
        <source>Reading the persons...</source>
        <translation>جارٍ قراءة الأشخاص...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="312"/>
        <source>Laying out the rows...</source>
        <translation>جارٍ ترتيب الصفوف...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="313"/>
        <source>Writing page %1...</source>
        <translation>جارٍ كتابة الصفحة %1...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="314"/>
        <source>Finishing the pages...</source>
        <translation>جارٍ إكمال الصفحات...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="315"/>
        <source>Drawing the pages for the preview...</source>
        <translation>جارٍ رسم الصفحات للمعاينة...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="332"/>
        <source>%1 is merged into %2, which holds all that is known of this person: give %2 under Whose family instead. If they are two people, first split %1 out on the page of %2.</source>
        <translation>دُمج %1 في %2 الذي يضم كل ما يُعرف عن هذا الشخص: اكتب %2 بدلاً منه في «عائلة مَن». وإن كانا شخصين مختلفين، فافصل %1 أولاً في صفحة %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="339"/>
        <source>%1 is merged into %2, which holds all that is known of this person: print the dossier of %2. If they are two people, first split %1 out on the page of %2.</source>
        <translation>دُمج %1 في %2 الذي يضم كل ما يُعرف عن هذا الشخص: اطبع ملف %2. وإن كانا شخصين مختلفين، فافصل %1 أولاً في صفحة %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
            <numerusform>الصفحات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="356"/>
        <source>%1 person(s) left out: their sharing level does not allow %2. Set it on each person&apos;s page (Sharing) once she may be shown to this audience.</source>
        <translation>أشخاص مستبعدون: %1؛ مستوى المشاركة الخاص بهم لا يسمح بـ«%2». عدّله في صفحة كل شخص (المشاركة) متى جاز أن يُعرض على هذا الجمهور.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="366"/>
        <source>Made despite her sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>أُنشئت رغم مستوى المشاركة الخاص بها (%1): حفظها أو طباعتها يُسجَّل هكذا في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="368"/>
        <source>Made despite his sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>أُنشئت رغم مستوى المشاركة الخاص به (%1): حفظها أو طباعتها يُسجَّل هكذا في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="370"/>
        <source>Made despite this person&apos;s sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>أُنشئت رغم مستوى المشاركة الخاص بهذا الشخص (%1): حفظها أو طباعتها يُسجَّل هكذا في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="386"/>
        <source>She is still held: until she is freed, this paper leaves out the steps of the search for her (%1), the reports of her since her abduction (%2) and her rescue records (%3), and says so.</source>
        <translation>لا تزال محتجزة: إلى أن تُحرَّر، تحذف هذه الوثيقة مراحل البحث عنها (%1) والبلاغات الواردة عنها منذ اختطافها (%2) وسجلات إنقاذها (%3)، وتذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="389"/>
        <source>He is still held: until he is freed, this paper leaves out the steps of the search for him (%1), the reports of him since his abduction (%2) and his rescue records (%3), and says so.</source>
        <translation>لا يزال محتجزاً: إلى أن يُحرَّر، تحذف هذه الوثيقة مراحل البحث عنه (%1) والبلاغات الواردة عنه منذ اختطافه (%2) وسجلات إنقاذه (%3)، وتذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="392"/>
        <source>This person is still held: until they are freed, this paper leaves out the steps of the search for them (%1), the reports of them since their abduction (%2) and their rescue records (%3), and says so.</source>
        <translation>لا يزال هذا الشخص محتجزاً: إلى أن يُحرَّر، تحذف هذه الوثيقة مراحل البحث عنه (%1) والبلاغات الواردة عنه منذ اختطافه (%2) وسجلات إنقاذه (%3)، وتذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="399"/>
        <source>It also leaves out who holds her and where she was last known to be.</source>
        <translation>وتحذف أيضاً من يحتجزها وآخر مكان عُرف أنها فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="401"/>
        <source>It also leaves out who holds him and where he was last known to be.</source>
        <translation>وتحذف أيضاً من يحتجزه وآخر مكان عُرف أنه فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="403"/>
        <source>It also leaves out who holds them and where they were last known to be.</source>
        <translation>وتحذف أيضاً من يحتجز هذا الشخص وآخر مكان عُرف أنه فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="414"/>
        <source>It prints %1 field(s) of this person&apos;s record as withheld: their text names another person still held.</source>
        <translation>تطبع %1 من حقول سجل هذا الشخص على أنها محجوبة: يذكر نصها اسم شخص آخر لا يزال محتجزاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="419"/>
        <source>It prints %1 place(s), of reports or of the lists that named this person, as withheld: they name another person still held.</source>
        <translation>تطبع %1 من الأماكن، أماكن البلاغات أو القوائم التي ذكرت هذا الشخص، على أنها محجوبة: تذكر اسم شخص آخر لا يزال محتجزاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="424"/>
        <source>It prints the village of %1 person(s) as withheld: it names another person still held.</source>
        <translation>تطبع قرية %1 من الأشخاص على أنها محجوبة: تذكر اسم شخص آخر لا يزال محتجزاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="428"/>
        <source>%1 person(s) still held and sighted, located or in negotiation are said to be missing on this paper, which says that it says so of anyone still held.</source>
        <translation>أشخاص لا يزالون محتجزين وقد شوهدوا أو حُدد مكانهم أو هم قيد التفاوض: %1؛ تذكرهم هذه الوثيقة مفقودين، وتقول إنها تذكر كل من لا يزال محتجزاً كذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="433"/>
        <source>%1 person(s) of this operation still held are not named on this paper, which says so.</source>
        <translation>أشخاص من هذه العملية لا يزالون محتجزين ولا تُذكر أسماؤهم في هذه الوثيقة، وهي تذكر ذلك: %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="437"/>
        <source>Someone this operation did not free is still held: its date, place and outcome are left out of this paper, which says so.</source>
        <translation>لا يزال محتجزاً شخص لم تحرره هذه العملية: حُذف تاريخها ومكانها ونتيجتها من هذه الوثيقة، وهي تذكر ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="446"/>
        <source>%1 may not be shown to this audience: her sharing level is &quot;%2&quot;, and this document is for: %3. If she may, set Sharing on her page first.</source>
        <translation>لا يجوز عرض %1 على هذا الجمهور: مستوى المشاركة الخاص بها «%2»، وهذه الوثيقة موجهة إلى: %3. إن جاز ذلك، فعدّل المشاركة في صفحتها أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="449"/>
        <source>%1 may not be shown to this audience: his sharing level is &quot;%2&quot;, and this document is for: %3. If he may, set Sharing on his page first.</source>
        <translation>لا يجوز عرض %1 على هذا الجمهور: مستوى المشاركة الخاص به «%2»، وهذه الوثيقة موجهة إلى: %3. إن جاز ذلك، فعدّل المشاركة في صفحته أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="452"/>
        <source>%1 may not be shown to this audience: this person&apos;s sharing level is &quot;%2&quot;, and this document is for: %3. If they may, set Sharing on their page first.</source>
        <translation>لا يجوز عرض %1 على هذا الجمهور: مستوى المشاركة الخاص بهذا الشخص «%2»، وهذه الوثيقة موجهة إلى: %3. إن جاز ذلك، فعدّل المشاركة في صفحة هذا الشخص أولاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="464"/>
        <source>This summary lists nobody: no one in the vault matches the filter “%1”. The document says so; change the filter to list persons.</source>
        <translation>لا يذكر هذا الملخص أحداً: لا أحد في السجلات يطابق عامل التصفية «%1». تقول الوثيقة ذلك؛ غيّر عامل التصفية لإدراج أشخاص.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="467"/>
        <source>This summary lists nobody: the filters before it choose %1, and the filter “%2” leaves none of them. The document says so; change the filter to list persons.</source>
        <translation>لا يذكر هذا الملخص أحداً: عوامل التصفية التي قبله تختار %1، وعامل التصفية «%2» لا يُبقي أحداً منهم. تقول الوثيقة ذلك؛ غيّر عامل التصفية لإدراج أشخاص.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="476"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="486"/>
        <source>Click Preview first: only the document previewed from the choices shown is saved or printed.</source>
        <translation>انقر «معاينة» أولاً: لا يُحفظ ولا يُطبع إلا المستند الذي عُرضت معاينته بالاختيارات الظاهرة.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="507"/>
        <source>Saved to %1, protected with a password
SHA-256 %2</source>
        <translation>حُفظ في %1، محميًّا بكلمة سر
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="508"/>
        <source>Saved to %1
SHA-256 %2</source>
        <translation>حُفظ في %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="537"/>
        <source>No printer is set up on this computer: nothing was printed. Save as PDF... keeps the document in a file.</source>
        <translation>لا توجد طابعة مُعدّة على هذا الحاسوب: لم يُطبع شيء. «حفظ كملف PDF...» يحفظ المستند في ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="566"/>
        <source>The printer could not be started: nothing was printed.</source>
        <translation>تعذّر تشغيل الطابعة: لم يُطبع شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="578"/>
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
            <numerusform>أُرسلت إلى الطابعة: %n صفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ui/labels.py" line="693"/>
        <source>internal (the team)</source>
        <translation>داخلي (فريق العمل)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="694"/>
        <source>court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="695"/>
        <source>family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="696"/>
        <source>public appeal</source>
        <translation>نداء عام</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="24"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ProvenanceTab</name>
    <message>
        <location filename="../../ui/provenance_tab.py" line="20"/>
        <source>Withdraw the chosen row...</source>
        <translation>اسحب الصف المختار...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="118"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="119"/>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="106"/>
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="107"/>
        <source>Job Control</source>
        <translation>التحكم في المهمة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="108"/>
        <source>Scheduled &amp;printing:</source>
        <translation>موعد ال&amp;طباعة:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="109"/>
        <source>&amp;Billing information:</source>
        <translation>معلومات ال&amp;فوترة:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="110"/>
        <source>Job &amp;priority:</source>
        <translation>أ&amp;ولوية المهمة:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="111"/>
        <source>Banner Pages</source>
        <translation>صفحات الفصل</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="112"/>
        <source>Print Immediately</source>
        <translation>اطبع فوراً</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="113"/>
        <source>Hold Indefinitely</source>
        <translation>أوقفها إلى أجل غير مسمى</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="114"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>النهار (06:00 إلى 17:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="115"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>الليل (18:00 إلى 05:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="116"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>الوردية الثانية (16:00 إلى 23:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="117"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>الوردية الثالثة (00:00 إلى 07:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="118"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>عطلة نهاية الأسبوع (السبت إلى الأحد)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="119"/>
        <source>Specific Time</source>
        <translation>وقت محدد</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="126"/>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>ال&amp;بداية:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="127"/>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>ال&amp;نهاية:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="128"/>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="129"/>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="130"/>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>غير مصنّفة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="131"/>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>مكتومة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="132"/>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>مصنّفة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="133"/>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>سرّية</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="134"/>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>سرّية للغاية</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>Look in:</source>
        <translation>اعثر في:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملفّ:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Files of type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>Save As</source>
        <translation>احفظ كَ‍</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>Find Directory</source>
        <translation>اعثر على دليل</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Directories</source>
        <translation>الأدّلة</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>Go back</source>
        <translation>اذهب للخلف</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Go forward</source>
        <translation>اذهب للأمام</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Go to the parent directory</source>
        <translation>اذهب إلى الدّليل الأمّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78"/>
        <source>Create a New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>&amp;New Folder</source>
        <translation>مجلّد &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="82"/>
        <source>Change to list view mode</source>
        <translation>غيّر إلى وضع المنظور القائميّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="84"/>
        <source>Change to detail view mode</source>
        <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="85"/>
        <source>Sidebar</source>
        <translation>الشّريط الجانبيّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="86"/>
        <source>List of places and bookmarks</source>
        <translation>قائمة الأماكن والعلامات</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="87"/>
        <source>Files</source>
        <translation>الملفّات</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="88"/>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="89"/>
        <source>All files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="90"/>
        <source>Show </source>
        <translation>أظهر </translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="91"/>
        <source>&amp;Rename</source>
        <translation>أ&amp;عد التّسمية</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="92"/>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="93"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>Show &amp;hidden files</source>
        <translation>أظهر الملفّات الم&amp;خفيّة</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="95"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>Recent Places</source>
        <translation>الأماكن الحديثة</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="97"/>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="98"/>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="99"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>‏%1 موجود بالفعل.
أتريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
لم يُعثر على الملفّ.
رجاءً تحقّق من إعطائك الاسم الصحيح للملفّ.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
لم يُعثر على الدّليل.
رجاءً تحقّق من إعطائك الاسم الصحيح للدّليل.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="104"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>‏’%1‘ محميّ ضدّ الكتابة.
أتريد حذفه بأيّ حال؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>أتريد حقًّا حذف ’%1‘؟</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>Could not delete directory.</source>
        <translation>تعذّر حذف الدّليل.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>Type</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>Kind</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="111"/>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="112"/>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="114"/>
        <source>Invalid filename</source>
        <translation>اسم الملفّ غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;لا يمكن استخدام الاسم ”%1“.&lt;/b&gt;&lt;p&gt;جرّب استخدام اسم آخر بمحارف أقلّ أو بلا علامات ترقيم.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>&amp;OK</source>
        <translation>&amp;حسنًا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>&amp;Cancel</source>
        <translation>أل&amp;غِ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Close without Saving</source>
        <translation>أغلق بلا حفظ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Show Details...</source>
        <translation>أظهر التّفاصيل...</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Hide Details...</source>
        <translation>أخفِ التّفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="81"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="82"/>
        <source>Page size:</source>
        <translation>مقاس الورقة:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="83"/>
        <source>Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="84"/>
        <source>Height:</source>
        <translation>الارتفاع:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="85"/>
        <source>Paper source:</source>
        <translation>مصدر الورق:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="86"/>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="87"/>
        <source>Portrait</source>
        <translation>طولي</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="88"/>
        <source>Landscape</source>
        <translation>عرضي</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="89"/>
        <source>Reverse landscape</source>
        <translation>عرضي معكوس</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="90"/>
        <source>Reverse portrait</source>
        <translation>طولي معكوس</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="91"/>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="92"/>
        <source>top margin</source>
        <translation>الهامش العلوي</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="93"/>
        <source>left margin</source>
        <translation>الهامش الأيسر</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="94"/>
        <source>right margin</source>
        <translation>الهامش الأيمن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="95"/>
        <source>bottom margin</source>
        <translation>الهامش السفلي</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="96"/>
        <source>Page Layout</source>
        <translation>تخطيط الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="97"/>
        <source>Page &amp;order:</source>
        <translation>&amp;ترتيب الصفحات:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="98"/>
        <source>Pages &amp;per sheet:</source>
        <translation>الصفحات في كل &amp;ورقة:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="99"/>
        <source>Millimeters (mm)</source>
        <translation>مليمتر (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="100"/>
        <source>Inches (in)</source>
        <translation>إنش (in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="101"/>
        <source>Points (pt)</source>
        <translation>نقطة (pt)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="102"/>
        <source>Pica (P̸)</source>
        <translation>بيكا (P̸)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="103"/>
        <source>Didot (DD)</source>
        <translation>ديدو (DD)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="104"/>
        <source>Cicero (CC)</source>
        <translation>سيسرو (CC)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="105"/>
        <source>Custom</source>
        <translation>مخصّص</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="28"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="29"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Yes to &amp;All</source>
        <translation>ن&amp;عم للكلّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كلّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Save All</source>
        <translation>احفظ الكلّ</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيّات</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Abort</source>
        <translation>أجهض</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Retry</source>
        <translation>حاول مجدّدًا</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="13"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="14"/>
        <source>&amp;Print</source>
        <translation>ا&amp;طبع</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="15"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;خيارات &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="16"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;خيارات &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="17"/>
        <source>All Pages</source>
        <translation>كل الصفحات</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="18"/>
        <source>Odd Pages</source>
        <translation>الصفحات الفردية</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="19"/>
        <source>Even Pages</source>
        <translation>الصفحات الزوجية</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="20"/>
        <source>Invalid Pages Definition</source>
        <translation>تحديد الصفحات غير صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="21"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>⁦%1⁩ لا يتبع الصيغة الصحيحة. استخدم &apos;,&apos; للفصل بين المجالات والصفحات، و&apos;-&apos; لتحديد المجال، وتأكّد من أن المجالات لا تتداخل.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="24"/>
        <source>Duplex Settings Conflicts</source>
        <translation>تعارض في إعدادات الطباعة على الوجهين</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="25"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>توجد تعارضات في إعدادات الطباعة على الوجهين. هل تريد إصلاحها؟</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="27"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>لا يمكن استخدام خياري «الصفحات في كل ورقة» و«مجموعة الصفحات» معاً.
عطّل أحدهما.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="29"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>من اليسار إلى اليمين، من الأعلى إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="30"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>من اليسار إلى اليمين، من الأسفل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="31"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>من اليمين إلى اليسار، من الأسفل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="32"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>من اليمين إلى اليسار، من الأعلى إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="33"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>من الأسفل إلى الأعلى، من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="34"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>من الأسفل إلى الأعلى، من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="35"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>من الأعلى إلى الأسفل، من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="36"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>من الأعلى إلى الأسفل، من اليمين إلى اليسار</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="69"/>
        <source>Printer Properties</source>
        <translation>خصائص الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="70"/>
        <source>Job Options</source>
        <translation>خيارات مهمة الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="71"/>
        <source>Page Setup Conflicts</source>
        <translation>تعارض في إعداد الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="72"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>توجد تعارضات في خيارات إعداد الصفحة. هل تريد إصلاحها؟</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="74"/>
        <source>Advanced Option Conflicts</source>
        <translation>تعارض في الخيارات المتقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="75"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>توجد تعارضات في بعض الخيارات المتقدمة. هل تريد إصلاحها؟</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="77"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="78"/>
        <source>Advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="79"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>توجد تعارضات في بعض الخيارات. يُرجى إصلاحها.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="43"/>
        <source>Copies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="44"/>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="45"/>
        <source>Print range</source>
        <translation>نطاق الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="46"/>
        <source>Print all</source>
        <translation>اطبع الكل</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="47"/>
        <source>Pages from</source>
        <translation>الصفحات من</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="48"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="49"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="50"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>اكتب الصفحات أو المجالات مفصولة بفواصل. يُكتب المجال رقمين بينهما شرطة. مثلاً: ⁦3,5-7,9⁩ يطبع الصفحات 3 و5 و6 و7 و9.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="54"/>
        <source>Current Page</source>
        <translation>الصفحة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="55"/>
        <source>Selection</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="56"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;مجموعة الصفحات:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="57"/>
        <source>Output Settings</source>
        <translation>إعدادات الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="58"/>
        <source>Copies:</source>
        <translation>عدد النسخ:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="59"/>
        <source>Collate</source>
        <translation>ترتيب النسخ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="60"/>
        <source>Reverse</source>
        <translation>بترتيب معكوس</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="61"/>
        <source>Color Mode</source>
        <translation>وضع الألوان</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="62"/>
        <source>Color</source>
        <translation>ملوّن</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="63"/>
        <source>Grayscale</source>
        <translation>تدرّج رمادي</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="64"/>
        <source>Double Sided Printing</source>
        <translation>الطباعة على الوجهين</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="65"/>
        <source>Off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="66"/>
        <source>Long side binding</source>
        <translation>التجليد من الجانب الطويل</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="67"/>
        <source>Short side binding</source>
        <translation>التجليد من الجانب القصير</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="37"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="39"/>
        <source>P&amp;roperties</source>
        <translation>&amp;خصائص</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="40"/>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="41"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="42"/>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
</context>
<context>
    <name>ReasonBox</name>
    <message>
        <location filename="../../ui/reason_box.py" line="25"/>
        <source>Reason (optional), kept in the audit trail:</source>
        <translation>السبب (اختياري)، يُحفظ في سجلّ التدقيق:</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../ui/labels.py" line="279"/>
        <source>mother</source>
        <translation>أم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>father</source>
        <translation>أب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>child</source>
        <translation>ابن / ابنة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>sibling</source>
        <translation>أخ / أخت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>spouse</source>
        <translation>زوج / زوجة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>child born in captivity</source>
        <translation>طفل وُلد في الأسر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>RelativesTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Case</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="272"/>
        <source>Case number, e.g. %1</source>
        <translation>رقم الملف، مثلاً %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="240"/>
        <source>Link relative</source>
        <translation>ربط قريب</translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message>
        <location filename="../../ui/removals.py" line="24"/>
        <source>Remove this photo from %1?</source>
        <translation>هل تُزال هذه الصورة من %1؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="25"/>
        <source>Its image is erased from the vault, not only hidden: it is printed on no paper again. The history keeps that a photo was removed, not the image. This cannot be undone.</source>
        <translation>تُمحى الصورة من الخزنة، لا تُخفى فحسب: لن تُطبع على أي ورقة بعد الآن. يحفظ السجل أن صورة أُزيلت، لا الصورة نفسها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="31"/>
        <source>Remove the family contact %1 from %2?</source>
        <translation>هل تُزال جهة اتصال العائلة %1 من %2؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="35"/>
        <source>It was read from %1, row %2: that row stays in the import&apos;s record as the list gave it.</source>
        <translation>قُرئت من %1، الصف %2: يبقى ذلك الصف في سجل الاستيراد كما ورد في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="38"/>
        <source>This cannot be undone.</source>
        <translation>لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="42"/>
        <source>Remove the link between %1 and %2 (%3)?</source>
        <translation>هل تُزال الصلة بين %1 و%2 (%3)؟</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="44"/>
        <source>Both records stay; neither names the other as a relative any more, on its page or its papers. This cannot be undone.</source>
        <translation>يبقى السجلان كلاهما؛ ولا يذكر أيٌّ منهما الآخر قريبًا بعد الآن، لا في صفحته ولا في أوراقه. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="50"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="264"/>
        <source>The report needs its text: what was seen or heard.</source>
        <translation>يحتاج البلاغ إلى نصه: ما شوهد أو سُمع.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="286"/>
        <location filename="../../ui/person_ops.py" line="309"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="288"/>
        <location filename="../../ui/person_ops.py" line="310"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Observed</source>
        <translation>تاريخ المشاهدة</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="328"/>
        <source>Say why the report proved false.</source>
        <translation>اذكر لماذا ثبت أن البلاغ كاذب.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="333"/>
        <source>When it proved false</source>
        <translation>متى ثبت أنه كاذب</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <location filename="../../ui/record_tabs.py" line="85"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="78"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <location filename="../../ui/record_tabs.py" line="98"/>
        <source>Could identify the source</source>
        <translation>قد يكشف هوية المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="83"/>
        <source>Received (e.g. 03/2019)</source>
        <translation>تاريخ الاستلام (مثلاً 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="84"/>
        <source>Observed (e.g. 2018)</source>
        <translation>تاريخ المشاهدة (مثلاً 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="86"/>
        <source>Source code name</source>
        <translation>الاسم الرمزي للمصدر</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="87"/>
        <source>What was reported</source>
        <translation>ما الذي أُبلغ عنه</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="95"/>
        <source>Credibility not judged</source>
        <translation>المصداقية غير مقيّمة</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="102"/>
        <source>Add report</source>
        <translation>إضافة بلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="105"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="111"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="113"/>
        <source>Change the chosen report</source>
        <translation>تعديل البلاغ المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="116"/>
        <source>Not about her</source>
        <translation>ليس عنها</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="119"/>
        <source>The chosen report was filed under her by mistake: take her off it. The report stays, about the others it names.</source>
        <translation>سُجّل البلاغ المحدد باسمها خطأً: أزِلها منه. يبقى البلاغ عن الآخرين الذين يذكرهم.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="143"/>
        <source>Also about other women (sisters seen together)?</source>
        <translation>وعن نساء أخريات أيضًا (أخوات شوهدن معًا)؟</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="145"/>
        <source>%1 is already among the persons of this report.</source>
        <translation>%1 من بين أشخاص هذا البلاغ أصلاً.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="151"/>
        <source>%1 is the case number of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 هو رقم ملف هذه الصفحة: البلاغ مسجّل تحته أصلاً. اكتب رقم ملف امرأة أخرى يتحدث عنها البلاغ.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="154"/>
        <source>%1 is merged into %2, the record of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 مدموج في %2، سجلّ هذه الصفحة: البلاغ مسجّل تحته أصلاً. اكتب رقم ملف امرأة أخرى يتحدث عنها البلاغ.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="156"/>
        <source>%1 and %2, the record of this page, are one woman, kept as %3: the report is filed under her already. Type the case number of another woman the report is about.</source>
        <translation>%1 و%2، سجلّ هذه الصفحة، امرأة واحدة محفوظة تحت %3: البلاغ مسجّل تحتها أصلاً. اكتب رقم ملف امرأة أخرى يتحدث عنها البلاغ.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="163"/>
        <source>A report about other women too, sisters seen together, is filed once: type each one&apos;s case number, then Add person.</source>
        <translation>البلاغ الذي يخص نساء أخريات أيضًا، كأخوات شوهدن معًا، يُسجَّل مرة واحدة: اكتب رقم ملف كل واحدة، ثم إضافة شخص.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>Yes: withheld</source>
        <translation>نعم: محجوب</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="303"/>
        <source>Also about the women above. Another?</source>
        <translation>وعن النساء أعلاه أيضًا. أخرى؟</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="306"/>
        <source>Save changes to report %1</source>
        <translation>حفظ التغييرات على البلاغ %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="312"/>
        <source>A report that could identify its informant keeps its text out of every document for a court, a family or the public. Leave it ticked unless you are sure nothing in it could lead to the source.</source>
        <translation>نص البلاغ الذي قد يكشف هوية مُخبره لا يظهر في أي وثيقة موجهة إلى محكمة أو عائلة أو إلى العموم. أبقِ المربع محدداً ما لم تكن متأكداً من أن لا شيء فيه قد يقود إلى المصدر.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>a space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>A source code holds only Latin letters %1, digits %2 and %3 (e.g. %4); %5 holds %6.</source>
        <translation>يُكتب رمز المصدر بالحروف اللاتينية %1 والأرقام %2 و%3 فقط (مثل %4)، لكن %5 يحتوي على %6.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>A source code is at most %1 characters long (e.g. %2); %3 has %4.</source>
        <translation>لا يزيد طول رمز المصدر على %1 حرفًا (مثل %2)، لكن في %3 %4 حرفًا.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>A source code begins with a Latin letter or a digit, not %1 (e.g. %2).</source>
        <translation>يبدأ رمز المصدر بحرف لاتيني أو برقم، لا بـ%1 (مثل %2).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>A source code holds at least one digit (e.g. %1): a name is not a code, and papers print it; who a code stands for is not kept in CaseKeeper.</source>
        <translation>يحتوي رمز المصدر على رقم واحد على الأقل (مثل %1): الاسم ليس رمزًا، والأوراق تطبع الرمز؛ ولا يُحفظ في CaseKeeper من يقف وراء الرمز.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Observed</source>
        <translation>تاريخ المشاهدة</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Could identify the source</source>
        <translation>قد يكشف هوية المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="99"/>
        <source>Filter: a source code (K7), or words of the text, the place or a case number</source>
        <translation>تصفية: رمز مصدر (K7)، أو كلمات من النص أو المكان أو رقم ملف</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="107"/>
        <source>Reading the reports...</source>
        <translation>جارٍ قراءة البلاغات...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>Yes: withheld</source>
        <translation>نعم: محجوب</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="150"/>
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>البلاغات: %1 من %n</numerusform>
            <numerusform>البلاغات: %1 من %n</numerusform>
            <numerusform>البلاغات: %1 من %n</numerusform>
            <numerusform>البلاغات: %1 من %n</numerusform>
            <numerusform>البلاغات: %1 من %n</numerusform>
            <numerusform>البلاغات: %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="152"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>البلاغات: %n</numerusform>
            <numerusform>البلاغات: %n</numerusform>
            <numerusform>البلاغات: %n</numerusform>
            <numerusform>البلاغات: %n</numerusform>
            <numerusform>البلاغات: %n</numerusform>
            <numerusform>البلاغات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="63"/>
        <source>Proved false %1: %2</source>
        <translation>ثبت أنه كاذب %1: %2</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="57"/>
        <source>e.g. 12500</source>
        <translation>مثلاً 12500</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="70"/>
        <source>e.g. intermediary M-2</source>
        <translation>مثلاً الوسيط M-2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="73"/>
        <source>e.g. release</source>
        <translation>مثلاً الإفراج</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="75"/>
        <source>Take off</source>
        <translation>احذف السطر</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="137"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="138"/>
        <source>Delete rescue...</source>
        <translation>حذف عملية الإنقاذ...</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="140"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="179"/>
        <source>The operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>e.g. 20/03/2019, 03/2019, 2019</source>
        <translation>مثلاً 20/03/2019، 03/2019، 2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="183"/>
        <source>Handover to family</source>
        <translation>التسليم إلى العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="184"/>
        <source>the day, e.g. 25/03/2019</source>
        <translation>اليوم، مثلاً 25/03/2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>where she was held</source>
        <translation>حيث كانت محتجزة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="186"/>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="187"/>
        <source>Handover point</source>
        <translation>نقطة التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>code names only</source>
        <translation>الأسماء الرمزية فقط</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="189"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>medical, shelter, papers</source>
        <translation>علاج، مأوى، أوراق</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="198"/>
        <source>Status it gives</source>
        <translation>الحالة التي تمنحها</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="206"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="213"/>
        <source>Freed: rescued (reunited at the handover to family, when its date is given)</source>
        <translation>تحررت: أُنقذت (وعادت إلى عائلتها يوم التسليم إلى العائلة، إن ذُكر تاريخه)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="215"/>
        <source>Freed and back with the family: reunited</source>
        <translation>تحررت وعادت إلى عائلتها</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="216"/>
        <source>Not freed (it failed, or freed someone else): no status</source>
        <translation>لم تتحرر (فشلت العملية، أو حررت شخصاً آخر): دون حالة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="219"/>
        <source>Persons it freed</source>
        <translation>الأشخاص الذين حررتهم</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="223"/>
        <source>No one yet: type the case number of each woman it freed, then Add person.</source>
        <translation>لا أحد بعد: اكتب رقم ملف كل امرأة حررتها، ثم إضافة شخص.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="45"/>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="47"/>
        <source>Take the chosen person off</source>
        <translation>إزالة الشخص المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="71"/>
        <source>Case number, e.g. %1</source>
        <translation>رقم الملف، مثلاً %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="126"/>
        <source>%1 is merged into %2, who is listed already.</source>
        <translation>%1 مدموج في %2، وهي مذكورة في القائمة أصلاً.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="128"/>
        <source>%1 and %2, who is listed already, are one woman, kept as %3.</source>
        <translation>%1 و%2، المذكورة في القائمة أصلاً، امرأة واحدة محفوظة تحت %3.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="236"/>
        <source>Ledger: what was paid, and to whom</source>
        <translation>سجل التكاليف: ما دُفع ولمن</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Paid to</source>
        <translation>دُفع إلى</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="240"/>
        <source>No payment is recorded for this rescue.</source>
        <translation>لم تُسجَّل أي دفعة لعملية الإنقاذ هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="243"/>
        <source>Add a ledger line</source>
        <translation>إضافة سطر تكاليف</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="258"/>
        <source>New rescue</source>
        <translation>عملية إنقاذ جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="272"/>
        <source>Rescue %1</source>
        <translation>عملية الإنقاذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="283"/>
        <source>Not said (recorded before a rescue gave a status): no status</source>
        <translation>غير مذكورة (سُجّلت قبل أن تمنح عمليات الإنقاذ حالة): دون حالة</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="361"/>
        <source>Total: %1</source>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="364"/>
        <source>(line %1 not read: see its amount and currency)</source>
        <translation>(لم يُقرأ السطر %1: راجع مبلغه وعملته)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="224"/>
        <source>%1 is already among the persons of this rescue.</source>
        <translation>%1 من بين أشخاص عملية الإنقاذ هذه أصلاً.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="65"/>
        <source>USD, IQD, another currency&apos;s three letters, or its name (dollar, dinar, euro)</source>
        <translation>USD أو IQD أو الأحرف الثلاثة لعملة أخرى، أو اسمها (دولار، دينار، يورو)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="433"/>
        <source>Rescue %1 recorded.</source>
        <translation>سُجِّلت عملية الإنقاذ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="434"/>
        <source>Rescue %1 saved.</source>
        <translation>حُفظت عملية الإنقاذ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="435"/>
        <source>Rescue %1 already says so: nothing changed.</source>
        <translation>عملية الإنقاذ %1 تقول ذلك أصلاً: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="436"/>
        <source>Rescue %1 deleted, with its ledger and the statuses it gave.</source>
        <translation>حُذفت عملية الإنقاذ %1، مع سجل تكاليفها والحالات التي منحتها.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="441"/>
        <source>Ledger now: %1; it was: %2</source>
        <translation>التكاليف الآن: %1؛ وكانت: %2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="450"/>
        <source>%1 is now %2.</source>
        <translation>حالة %1 الآن: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="454"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>حالة %1 الآن: %2 (كانت: %3): حالة أحدث أو أبعد في مسار قضيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="455"/>
        <source>%1 is now %2 (was %3).</source>
        <translation>حالة %1 الآن: %2 (كانت: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="459"/>
        <source>%1 stays %2.</source>
        <translation>تبقى حالة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="463"/>
        <source>%1 stays %2: her death is dated so that it may come after this rescue. If it was reported in error, withdraw it (casekeeper person status-withdraw %1 deceased --reason ...).</source>
        <translation>تبقى حالة %1: %2: وفاتها مؤرخة بحيث قد تأتي بعد عملية الإنقاذ هذه. إن كان الإبلاغ عنها خطأً فاسحبها (casekeeper person status-withdraw %1 deceased --reason ...).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="468"/>
        <source>%1 stays %2: a status later or further along her case.</source>
        <translation>تبقى حالة %1: %2: حالة أحدث أو أبعد في مسار قضيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="471"/>
        <source>%1 is taken off this rescue; her status is now %2.</source>
        <translation>أُزيلت %1 من عملية الإنقاذ هذه؛ حالتها الآن: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="481"/>
        <source>no date</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="483"/>
        <source>Delete rescue %1 (%2) of %3?</source>
        <translation>هل تُحذف عملية الإنقاذ %1 (%2) الخاصة بـ %3؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rescue_dialog.py" line="484"/>
        <source>Its ledger of %n line(s) and the statuses it gave go with it: each woman&apos;s status is worked out again without it. The audit trail keeps that it was deleted.</source>
        <translation>
            <numerusform>سجل تكاليفها فارغ (%n سطر)، وتُحذف معها الحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
            <numerusform>يُحذف معها سجل تكاليفها (سطر واحد، %n) والحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
            <numerusform>يُحذف معها سجل تكاليفها (سطران، %n) والحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
            <numerusform>يُحذف معها سجل تكاليفها (%n أسطر) والحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
            <numerusform>يُحذف معها سجل تكاليفها (%n سطراً) والحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
            <numerusform>يُحذف معها سجل تكاليفها (%n سطر) والحالات التي منحتها: تُحسب حالة كل امرأة من جديد دونها. ويحفظ سجل التدقيق أنها حُذفت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="488"/>
        <source>Delete rescue</source>
        <translation>احذف عملية الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="522"/>
        <source>The rescue has changes that are not saved. Close it all the same, without them?</source>
        <translation>في عملية الإنقاذ تغييرات لم تُحفظ. هل تُغلق رغم ذلك، من دونها؟</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="524"/>
        <source>Close without saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="41"/>
        <source>Type her case number (e.g. SNJ-00012), then Add person.</source>
        <translation>اكتب رقم ملفها (مثلاً SNJ-00012)، ثم إضافة شخص.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="48"/>
        <source>No person has the case number %1: check it on her papers. Nothing was added.</source>
        <translation>لا يوجد شخص برقم الملف %1: تحقق منه في أوراقها. لم يُضف أحد.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="100"/>
        <source>Ledger line %1: %2 may be read two ways; write the amount with no separator, and a dot for a fraction (1500, 1.5).</source>
        <translation>سطر التكاليف %1: يمكن قراءة %2 بطريقتين؛ اكتب المبلغ دون فاصل، ونقطةً للكسر (1500، 1.5).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="105"/>
        <source>Ledger line %1: %2 is no amount paid: an amount paid is more than 0.</source>
        <translation>سطر التكاليف %1: %2 ليس مبلغاً مدفوعاً: المبلغ المدفوع أكبر من 0.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="109"/>
        <source>Ledger line %1 has no amount: write what was paid, or take the line off.</source>
        <translation>سطر التكاليف %1 بلا مبلغ: اكتب ما دُفع، أو احذف السطر.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="112"/>
        <source>Ledger line %1: %2 is not an amount; write digits, with at most two after a dot (12500, 2500.50).</source>
        <translation>سطر التكاليف %1: %2 ليس مبلغاً؛ اكتب أرقاماً، وبعد النقطة رقمين على الأكثر (12500، 2500.50).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="124"/>
        <source>Ledger line %1 has no currency: choose one of %2, or write another&apos;s three letters.</source>
        <translation>سطر التكاليف %1 بلا عملة: اختر واحدة من %2، أو اكتب الأحرف الثلاثة لعملة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="131"/>
        <source>Ledger line %1: %2 is no currency code; did you mean %3? Write its three letters (%4) or its name (dollar, dinar, euro).</source>
        <translation>سطر التكاليف %1: %2 ليس رمز عملة؛ هل تقصد %3؟ اكتب أحرفه الثلاثة (%4) أو اسم العملة (دولار، دينار، يورو).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="135"/>
        <source>Ledger line %1: %2 is no currency code; write its three letters (%3) or its name (dollar, dinar, euro).</source>
        <translation>سطر التكاليف %1: %2 ليس رمز عملة؛ اكتب أحرفه الثلاثة (%3) أو اسم العملة (دولار، دينار، يورو).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="128"/>
        <source>Ledger line %1: %2 may be %3 or %4; choose which.</source>
        <translation>سطر التكاليف %1: %2 قد تكون %3 أو %4؛ اختر أيّهما.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="162"/>
        <source>The rescue names no one: add the persons it freed.</source>
        <translation>لا تذكر عملية الإنقاذ أحداً: أضف الأشخاص الذين حررتهم.</translation>
    </message>
</context>
<context>
    <name>RescueForm</name>
    <message>
        <location filename="../../ui/person_ops.py" line="342"/>
        <location filename="../../ui/rescue_ops.py" line="169"/>
        <source>The rescue needs at least its date, where from, or its outcome.</source>
        <translation>يحتاج الإنقاذ على الأقل إلى تاريخه أو مكانه أو نتيجته.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="346"/>
        <location filename="../../ui/rescue_ops.py" line="145"/>
        <source>Rescue date</source>
        <translation>تاريخ الإنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="347"/>
        <location filename="../../ui/rescue_ops.py" line="146"/>
        <source>Handover to family</source>
        <translation>التسليم إلى العائلة</translation>
    </message>
</context>
<context>
    <name>RescuesTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <location filename="../../ui/record_tabs.py" line="333"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <location filename="../../ui/record_tabs.py" line="334"/>
        <source>Handover point</source>
        <translation>نقطة التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <source>Handover to family</source>
        <translation>التسليم إلى العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="329"/>
        <location filename="../../ui/record_tabs.py" line="337"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="332"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>التاريخ (مثلاً 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="336"/>
        <source>Handover to family (e.g. 25/03/2019)</source>
        <translation>التسليم إلى العائلة (مثلاً 25/03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="338"/>
        <source>Add rescue</source>
        <translation>إضافة عملية إنقاذ</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="343"/>
        <source>She was freed: rescued</source>
        <translation>تحررت: أُنقذت</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="344"/>
        <source>Freed and back with her family: reunited</source>
        <translation>تحررت وعادت إلى عائلتها</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="345"/>
        <source>Not freed: no status</source>
        <translation>لم تتحرر: دون حالة</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="351"/>
        <source>Add rescue...</source>
        <translation>إضافة عملية إنقاذ...</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="354"/>
        <source>Every field of the rescue, the others freed with her, and what was paid to whom</source>
        <translation>كل حقول عملية الإنقاذ، ومن تحرر معها، وما دُفع ولمن</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="357"/>
        <source>Change the chosen rescue...</source>
        <translation>تعديل عملية الإنقاذ المحددة...</translation>
    </message>
</context>
<context>
    <name>RescuesView</name>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Handover point</source>
        <translation>نقطة التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Handover to family</source>
        <translation>التسليم إلى العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="197"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="211"/>
        <source>New rescue...</source>
        <translation>عملية إنقاذ جديدة...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="213"/>
        <source>Record a rescue: its date, the women it freed (by case number), what was paid</source>
        <translation>تسجيل عملية إنقاذ: تاريخها، والنساء اللواتي حررتهن (برقم الملف)، وما دُفع</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="216"/>
        <source>Filter: a name, a case number or a year</source>
        <translation>تصفية: اسم أو رقم ملف أو سنة</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="219"/>
        <source>Open rescue...</source>
        <translation>فتح عملية الإنقاذ...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="222"/>
        <source>The chosen rescue in the rescue form, to read, change or delete it (or double-click it, or press Enter)</source>
        <translation>عملية الإنقاذ المحددة في استمارتها، لقراءتها أو تعديلها أو حذفها (أو انقر عليها نقراً مزدوجاً، أو اضغط Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="224"/>
        <source>Open her page</source>
        <translation>فتح صفحتها</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="227"/>
        <source>The page of a woman the chosen rescue freed (a list of them when it freed several)</source>
        <translation>صفحة امرأة حررتها عملية الإنقاذ المحددة (قائمة بهن إن حررت أكثر من امرأة)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="251"/>
        <source>Reading the rescue operations...</source>
        <translation>جارٍ قراءة عمليات الإنقاذ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="308"/>
        <source>%1 of %n rescue operation(s)</source>
        <translation>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
            <numerusform>عمليات الإنقاذ: %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="310"/>
        <source>%n rescue operation(s)</source>
        <translation>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
            <numerusform>عمليات الإنقاذ: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="382"/>
        <source>Open the page of %1</source>
        <translation>فتح صفحة %1</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="406"/>
        <source>Open rescue %1...</source>
        <translation>فتح عملية الإنقاذ %1...</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/restore_page.py" line="65"/>
        <source>Restore the vault from a backup</source>
        <translation>استعادة الخزنة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="83"/>
        <source>Choose...</source>
        <translation>اختر...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="93"/>
        <location filename="../../ui/restore_page.py" line="119"/>
        <source>Passphrase of the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="94"/>
        <source>Use the recovery code instead</source>
        <translation>استخدم رمز الاسترداد بدلًا منها</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="98"/>
        <source>Backup folder</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="102"/>
        <source>It is restored into this folder:</source>
        <translation>تُستعاد إلى هذا المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="104"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="107"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="118"/>
        <source>Recovery code of the backup</source>
        <translation>رمز استرداد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="144"/>
        <source>There is no folder %1: plug in the backup drive, or choose the folder again.</source>
        <translation>لا يوجد مجلد %1: صِل وحدة النسخ الاحتياطي، أو اختر المجلد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="150"/>
        <source>%1 holds backups, not one backup: choose one of the folders in it (the newest is %2).</source>
        <translation>%1 يحتوي على نسخ احتياطية، لا على نسخة واحدة: اختر أحد المجلدات التي فيه (أحدثها %2).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="165"/>
        <source>Type the recovery code of the backup.</source>
        <translation>اكتب رمز استرداد النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="166"/>
        <source>Type the passphrase the vault had when the backup was made.</source>
        <translation>اكتب عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="174"/>
        <location filename="../../ui/restore_page.py" line="326"/>
        <location filename="../../ui/restore_page.py" line="336"/>
        <source>Checking the backup...</source>
        <translation>جارٍ فحص النسخة الاحتياطية...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="346"/>
        <source>The backup opens and is whole: %n person record(s).</source>
        <translation>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح وهي سليمة: فيها %n من سجلات الأشخاص.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="191"/>
        <source>A vault is already on this laptop, in this folder:</source>
        <translation>توجد خزنة على هذا الحاسوب بالفعل، في هذا المجلد:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="227"/>
        <source>%n person record(s) deleted in the backup since will leave the vault.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="229"/>
        <source>The backup is newer than the vault on this laptop: %n person record(s) added since will come in.</source>
        <translation>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
            <numerusform>النسخة الاحتياطية أحدث من الخزنة على هذا الحاسوب: %n من سجلات الأشخاص المضافة منذ ذلك الحين ستدخل إليها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="237"/>
        <source>The vault on this laptop does not open with the backup&apos;s key: it is another vault, or it was given a new key since. What it holds that the backup does not (persons added since, persons deleted since to protect them) cannot be told, and case numbers given since may be given again.</source>
        <translation>الخزنة التي على هذا الحاسوب لا تُفتح بمفتاح النسخة الاحتياطية: فهي خزنة أخرى، أو أُعطيت مفتاحًا جديدًا منذ ذلك الحين. لا يمكن معرفة ما فيها مما ليس في النسخة الاحتياطية (أشخاص أُضيفوا منذ ذلك الحين، وأشخاص حُذفوا منذ ذلك الحين لحمايتهم)، وقد تُعطى أرقام القضايا التي أُعطيت منذ ذلك الحين مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="243"/>
        <source>The backup is of ANOTHER vault: its audit trail begins elsewhere.</source>
        <translation>النسخة الاحتياطية هي لخزنة أخرى: سجل تدقيقها يبدأ في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="245"/>
        <source>The backup is OLDER than the vault on this laptop (made %1): restoring it undoes what was done since.</source>
        <translation>النسخة الاحتياطية أقدم من الخزنة التي على هذا الحاسوب (صُنعت في %1): استعادتها تُلغي ما عُمل منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="249"/>
        <source>The vault and the backup went apart (the vault was restored from an older backup since, or is a copy): each holds what the other does not.</source>
        <translation>الخزنة والنسخة الاحتياطية افترقتا (استُعيدت الخزنة من نسخة احتياطية أقدم منذ ذلك الحين، أو هي نسخة): في كل منهما ما ليس في الأخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="267"/>
        <source>%n person record(s) changed since would go back to what they were.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="257"/>
        <source>Case numbers given since will not be given again.</source>
        <translation>أرقام القضايا التي أُعطيت منذ ذلك الحين لن تُعطى مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="264"/>
        <source>%n person record(s) changed since would go back to what they were, notes edited since among them.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
            <numerusform>%n من سجلات الأشخاص المعدّلة منذ ذلك الحين ستعود إلى ما كانت عليه، ومن بينها ملاحظات عُدّلت منذ ذلك الحين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="269"/>
        <source>%n person record(s) added to the backup since would come in: %1.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة إلى النسخة الاحتياطية منذ ذلك الحين ستدخل إلى الخزنة: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="271"/>
        <source>%n person record(s) deleted in the backup since would leave the vault: %1.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة في النسخة الاحتياطية منذ ذلك الحين ستخرج من الخزنة: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="273"/>
        <source>%n person record(s) deleted since would come back: %1.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المحذوفة منذ ذلك الحين ستعود: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="275"/>
        <source>%n person record(s) added since would be lost: %1.</source>
        <translation>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
            <numerusform>%n من سجلات الأشخاص المضافة منذ ذلك الحين ستضيع: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="286"/>
        <source>Unsaved edits kept in the vault when it locked would be lost: %1.</source>
        <translation>ستضيع التعديلات غير المحفوظة التي احتُفظ بها في الخزنة عند قفلها: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="292"/>
        <source>%n setting(s) changed in the vault on this laptop (such as the idle lock) would go back to the backup&apos;s.</source>
        <translation>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
            <numerusform>%n من إعدادات الخزنة التي غُيّرت على هذا الحاسوب (مثل القفل عند الخمول) ستعود إلى ما في النسخة الاحتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="301"/>
        <source>the New person form</source>
        <translation>استمارة «شخص جديد»</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (may hold %2)</source>
        <translation>%1 (قد تحوي %2)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="313"/>
        <source>The vault was given a new key since the backup: the backup&apos;s key, passphrase and recovery code come back with it, and the ones set since no longer open it.</source>
        <translation>أُعطيت الخزنة مفتاحًا جديدًا بعد النسخة الاحتياطية: يعود معها مفتاح النسخة الاحتياطية وعبارة مرورها ورمز استردادها، ولا تعود التي عُيّنت بعدها تفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="316"/>
        <source>The passphrase was changed since the backup: the backup&apos;s passphrase opens the vault again, and the one set since no longer does.</source>
        <translation>غُيّرت عبارة المرور بعد النسخة الاحتياطية: عبارة مرور النسخة الاحتياطية تفتح الخزنة من جديد، والتي عُيّنت بعدها لم تعد تفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="319"/>
        <source>The recovery code was replaced since the backup: the backup&apos;s recovery code opens the vault again, and the one made since no longer does.</source>
        <translation>استُبدل رمز الاسترداد بعد النسخة الاحتياطية: رمز استرداد النسخة الاحتياطية يفتح الخزنة من جديد، والذي أُنشئ بعدها لم يعد يفتحها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="347"/>
        <source>The backup opens, and its pages and tables are whole (not its trail&apos;s end: %1 is missing): %n person record(s).</source>
        <translation>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>النسخة الاحتياطية تُفتح، وصفحاتها وجداولها سليمة (لا نهاية سجلها: %1 مفقود): فيها %n من سجلات الأشخاص.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="360"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without it). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has it, use that one.</source>
        <translation>مفقود بجانب النسخة الاحتياطية: %1 (نسخٌ توقف قبل أن يكتمل، أو صُنع من دونه). فُحصت صفحاتها وجداولها فوُجدت كاملة، لكن تعذّر فحص سجل التدقيق فيها مقابل الموضع الذي انتهى عنده حين صُنعت النسخة الاحتياطية، فلو أُزيلت قيود من آخره منذ ذلك الحين لما ظهر ذلك. ما زال بالإمكان استعادتها؛ وإن كان لدى نسخة أخرى من هذه النسخة الاحتياطية ذلك الملف، فاستخدمها.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="367"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without them). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has them, use that one.</source>
        <translation>مفقود بجانب النسخة الاحتياطية: %1 (نسخٌ توقف قبل أن يكتمل، أو صُنع من دونها). فُحصت صفحاتها وجداولها فوُجدت كاملة، لكن تعذّر فحص سجل التدقيق فيها مقابل الموضع الذي انتهى عنده حين صُنعت النسخة الاحتياطية، فلو أُزيلت قيود من آخره منذ ذلك الحين لما ظهر ذلك. ما زال بالإمكان استعادتها؛ وإن كانت لدى نسخة أخرى من هذه النسخة الاحتياطية تلك الملفات، فاستخدمها.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="373"/>
        <source>Missing beside the backup: %1. It only says which vault the backup is of; the backup&apos;s audit trail was checked against where it ended when it was made.</source>
        <translation>مفقود بجانب النسخة الاحتياطية: %1. إنه يذكر فقط لأي خزنة هذه النسخة الاحتياطية؛ وقد فُحص سجل التدقيق فيها مقابل الموضع الذي انتهى عنده حين صُنعت.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="383"/>
        <source>The vault that was here is kept, not deleted, in this folder:</source>
        <translation>الخزنة التي كانت هنا محفوظة، ولم تُحذف، في هذا المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="385"/>
        <source>What was in the vault&apos;s folder before is kept in this folder:</source>
        <translation>ما كان في مجلد الخزنة من قبل محفوظ في هذا المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="388"/>
        <source>It opens with the passphrase and recovery code it had, and CaseKeeper never deletes it: once you have checked the restored vault, delete that folder yourself.</source>
        <translation>تُفتح بعبارة المرور ورمز الاسترداد اللذين كانا لها، ولا يحذفها CaseKeeper أبدًا: بعد أن تتحقق من الخزنة المستعادة، احذف ذلك المجلد بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="393"/>
        <source>Deleted first, beside the vault: %1, the copy of a backup that an earlier restore left when it was cut off.</source>
        <translation>حُذف أولًا، بجانب الخزنة: %1، وهي نسخة من نسخة احتياطية تركتها استعادةٌ سابقة انقطعت.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="411"/>
        <source>A passphrase set since the backup does not open it.</source>
        <translation>عبارة المرور التي عُيّنت بعد النسخة الاحتياطية لا تفتحها.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="413"/>
        <source>The recovery code replaced since the backup opens it again: if that code may be in other hands, make a new one now (Vault &gt; New recovery code...).</source>
        <translation>رمز الاسترداد الذي استُبدل بعد النسخة الاحتياطية يفتحها من جديد: إن كان ذلك الرمز قد يكون في أيدٍ أخرى فاصنع رمزًا جديدًا الآن (الخزنة &gt; رمز استرداد جديد...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="417"/>
        <source>The passphrase replaced since the backup opens it again: if it may be known, change it now (Vault &gt; Change passphrase...).</source>
        <translation>عبارة المرور التي استُبدلت بعد النسخة الاحتياطية تفتحها من جديد: إن كانت قد تكون معروفة فغيّرها الآن (الخزنة &gt; تغيير عبارة المرور...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="402"/>
        <source>A passphrase set since the backup does not open it, and a recovery code made void since (a new key) opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>عبارة المرور التي عُيّنت بعد النسخة الاحتياطية لا تفتحها، ورمز الاسترداد الذي أُبطل بعدها (بمفتاح جديد) يفتحها من جديد: إن كان ذلك الرمز قد يكون في أيدٍ أخرى فأنشئ مفتاحًا جديدًا الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="406"/>
        <source>A passphrase set since the backup does not open it, and if the vault was given a new key since, the recovery code it made void opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>عبارة المرور التي عُيّنت بعد النسخة الاحتياطية لا تفتحها، وإن أُعطيت الخزنة مفتاحًا جديدًا بعدها فإن رمز الاسترداد الذي أبطله ذلك المفتاح يفتحها من جديد: إن كان ذلك الرمز قد يكون في أيدٍ أخرى فأنشئ مفتاحًا جديدًا الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="193"/>
        <source>It will be moved aside, not deleted, to a new folder beside it, named with the date and time, like %1</source>
        <translation>ستُنقل جانبًا، ولن تُحذف، إلى مجلد جديد بجانبها يحمل اسمُه التاريخ والوقت، مثل %1</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="73"/>
        <source>Choose the backup&apos;s folder on the backup drive (its name is like %1) and type the passphrase the vault had when the backup was made. The backup is checked before anything changes. A vault already on this laptop is moved aside, never deleted.</source>
        <translation>اختر مجلد النسخة الاحتياطية على وحدة النسخ الاحتياطي (اسمه مثل %1) واكتب عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية. تُفحص النسخة الاحتياطية قبل أن يتغير أي شيء. الخزنة الموجودة على هذا الحاسوب تُنقل جانبًا ولا تُحذف أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="138"/>
        <source>Choose the backup folder on the backup drive: its name is like %1.</source>
        <translation>اختر مجلد النسخة الاحتياطية على وحدة النسخ الاحتياطي: اسمه مثل %1.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="197"/>
        <source>Put the backup in its place?</source>
        <translation>هل توضع النسخة الاحتياطية مكانها؟</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="215"/>
        <source>Nothing was restored; the vault is as it was.</source>
        <translation>لم يُستعد شيء؛ الخزنة كما كانت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="254"/>
        <source>%n change(s) since to reports, rescues, imports or the vault&apos;s settings would be lost.</source>
        <translation>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
            <numerusform>%n من التغييرات منذ ذلك الحين على البلاغات أو عمليات الإنقاذ أو الاستيرادات أو إعدادات الخزنة ستضيع.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="337"/>
        <source>Copying the backup into the vault&apos;s folder...</source>
        <translation>جارٍ نسخ النسخة الاحتياطية إلى مجلد الخزنة...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="338"/>
        <source>Checking the copy and its audit trail...</source>
        <translation>جارٍ فحص النسخة وسجل التدقيق فيها...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="378"/>
        <source>The backup was restored: %n person record(s).</source>
        <translation>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
            <numerusform>استُعيدت النسخة الاحتياطية: فيها %n من سجلات الأشخاص.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="396"/>
        <source>Unlock it with the passphrase the vault had when the backup was made (or use its recovery code to set a new one).</source>
        <translation>افتحها بعبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية (أو استخدم رمز الاسترداد الخاص بها لتعيين عبارة جديدة).</translation>
    </message>
</context>
<context>
    <name>SearchSaid</name>
    <message>
        <location filename="../../ui/search_said.py" line="16"/>
        <source>status unknown</source>
        <translation>بلا حالة معروفة</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="17"/>
        <source>sex unknown</source>
        <translation>بلا جنس معروف</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="18"/>
        <source>no village recorded</source>
        <translation>بلا قرية مسجلة</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="19"/>
        <source>no birth recorded</source>
        <translation>بلا ولادة مسجلة</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="20"/>
        <source>no abduction date recorded</source>
        <translation>بلا تاريخ اختطاف مسجل</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="29"/>
        <source>%1 of %2 matches shown, best first: type more of her name to narrow them</source>
        <translation>عُرضت %1 من %2 نتيجة، الأفضل أولاً: اكتب المزيد من اسمها لتضييقها</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="32"/>
        <source>%1 matches shown, best first, and at least %2 more matched: type more of her name to narrow them</source>
        <translation>عُرضت %1 نتيجة، الأفضل أولاً، وطابقت %2 نتيجة أخرى على الأقل: اكتب المزيد من اسمها لتضييقها</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="43"/>
        <location filename="../../ui/search_said.py" line="61"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="45"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits; clear that filter to see it</source>
        <translation>سجل واحد %1 استبعدته عوامل التصفية، وهي لا تستطيع أن تحكم هل يطابقها؛ امسح عامل التصفية هذا لتراه</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="48"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit; clear that filter to see them</source>
        <translation>سجلات %2 استبعدتها عوامل التصفية: %1، وهي لا تستطيع أن تحكم هل تطابقها؛ امسح عامل التصفية هذا لتراها</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="64"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits (%2 %3); clear that filter to see it</source>
        <translation>سجل واحد %1 استبعدته عوامل التصفية، وهي لا تستطيع أن تحكم هل يطابقها (%2 ‏%3)؛ امسح عامل التصفية هذا لتراه</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="68"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>سجلات %2 استبعدتها عوامل التصفية: %1، وهي لا تستطيع أن تحكم هل تطابقها (الأفضل: %3 ‏%4)؛ امسح عامل التصفية هذا لتراها</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="71"/>
        <source>%1 or more records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>سجلات %2 استبعدتها عوامل التصفية: %1 أو أكثر، وهي لا تستطيع أن تحكم هل تطابقها (الأفضل: %3 ‏%4)؛ امسح عامل التصفية هذا لتراها</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="37"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148"/>
        <source>Lock after idle minutes</source>
        <translation>القفل بعد دقائق الخمول</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>A new language applies from the next unlock.</source>
        <translation>تُطبَّق اللغة الجديدة عند فتح الخزنة في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>SharingLevel</name>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Internal only</source>
        <translation>داخلي فقط</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Court</source>
        <translation>محكمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Family</source>
        <translation>عائلة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Public appeal</source>
        <translation>نداء عام</translation>
    </message>
</context>
<context>
    <name>SplitSaid</name>
    <message>
        <location filename="../../ui/split_said.py" line="13"/>
        <source>it was decided by hand while the two were one record</source>
        <translation>قُرِّر يدويًا حين كان السجلان سجلًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="15"/>
        <source>it changed %1 then, and that change stays on %1</source>
        <translation>غيّر %1 حينها، ويبقى ذلك التغيير في %1</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="17"/>
        <source>it dated a status that came with the other record, and the split took that status back from %1</source>
        <translation>أعطى تاريخاً لحالة جاءت مع السجل الآخر، وقد استعاد الفصل تلك الحالة من %1</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="20"/>
        <source>nothing it said tells which of the two it is</source>
        <translation>لا شيء مما قاله يبيّن أيّ الاثنين هو</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Missing</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Sighted</source>
        <translation>شوهدت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Located</source>
        <translation>حُدد مكانها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>In negotiation</source>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Rescued</source>
        <translation>أُنقذت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Reunited</source>
        <translation>عادت إلى عائلتها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Deceased</source>
        <translation>متوفاة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Missing</source>
        <comment>of a man</comment>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Sighted</source>
        <comment>of a man</comment>
        <translation>شوهد</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Located</source>
        <comment>of a man</comment>
        <translation>حُدد مكانه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>In negotiation</source>
        <comment>of a man</comment>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Rescued</source>
        <comment>of a man</comment>
        <translation>أُنقذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Reunited</source>
        <comment>of a man</comment>
        <translation>عاد إلى عائلته</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Deceased</source>
        <comment>of a man</comment>
        <translation>متوفى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Unknown</source>
        <comment>of a man</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Missing</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>مفقود/ة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Sighted</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>شوهد/ت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Located</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>حُدد مكانه/ا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>In negotiation</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>قيد التفاوض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Rescued</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>أُنقذ/ت</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Reunited</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>عاد/ت إلى العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Deceased</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>متوفى/متوفاة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Unknown</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>said of the whole list, not in her row</source>
        <translation>قيلت عن القائمة كلها، لا في سطرها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>said of the whole list, not in his row</source>
        <translation>قيلت عن القائمة كلها، لا في سطره</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>said of the whole list, not in this person&apos;s row</source>
        <translation>قيلت عن القائمة كلها، لا في سطر هذا الشخص</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/person_ops.py" line="222"/>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <location filename="../../ui/person_tabs.py" line="140"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="129"/>
        <source>Recorded</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="136"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>التاريخ (مثلاً 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="147"/>
        <source>The report this status rests on. With no date typed, the status takes the date the report was observed.</source>
        <translation>البلاغ الذي تستند إليه هذه الحالة. إن لم يُكتب تاريخ، تأخذ الحالة تاريخ المشاهدة في البلاغ.</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="150"/>
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="157"/>
        <source>Withdraw the selected status...</source>
        <translation>سحب الحالة المحدّدة...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="173"/>
        <source>No report</source>
        <translation>بلا بلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="180"/>
        <source>Report %1: %2</source>
        <translation>البلاغ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="181"/>
        <source>Report %1</source>
        <translation>البلاغ %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="183"/>
        <source>%1 (proved false)</source>
        <translation>%1 (ثبت أنه كاذب)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="218"/>
        <source>from rescue operation %1</source>
        <translation>من عملية الإنقاذ %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="221"/>
        <source>on report %1</source>
        <translation>بناءً على البلاغ %1</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <location filename="../../ui/print_summary.py" line="23"/>
        <source>Persons in the summary</source>
        <translation>الأشخاص في الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="27"/>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="158"/>
        <source>Name or case number</source>
        <translation>الاسم أو رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="29"/>
        <source>Words that must all be in the name, another spelling of it or the case number, as they are written there (the Persons list&apos;s search also finds other spellings)</source>
        <translation>كلمات يجب أن تكون كلها في الاسم أو في تهجئة أخرى له أو في رقم الملف، كما هي مكتوبة هناك (بحث قائمة الأشخاص يجد تهجئات أخرى أيضًا)</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="37"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="38"/>
        <source>when taken</source>
        <translation>عند الاختطاف</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="40"/>
        <source>Her age when she was taken counts from her recorded birth to her abduction date (in %1 where none is recorded); a person with no birth recorded is left out</source>
        <translation>يُحسب عمرها عند الاختطاف من ولادتها المسجلة إلى تاريخ اختطافها (في %1 حيث لم يُسجَّل)؛ ويُستبعد من لم تُسجَّل ولادته</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by case number</source>
        <translation>حسب رقم الملف</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by village</source>
        <translation>حسب القرية</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by status</source>
        <translation>حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="153"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="155"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="154"/>
        <source>Village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Age counted</source>
        <translation>العمر محسوبًا</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, from</source>
        <translation>العمر عند الاختطاف، من</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, to</source>
        <translation>العمر عند الاختطاف، إلى</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="136"/>
        <source>The Persons list shows %1 of the %2 persons its search found: only those %1, the closest, are printed, in its order, and the document says so. For the others, type more of her name in the Persons list&apos;s search.</source>
        <translation>تُظهر قائمة الأشخاص %1 من %2 شخصًا وجدهم بحثها: لا يُطبع إلا هؤلاء الـ %1، الأقرب تطابقًا، بترتيبها، وتذكر الوثيقة ذلك. للآخرين، اكتب المزيد من اسمها في بحث قائمة الأشخاص.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_summary.py" line="141"/>
        <source>Prints the %n person(s) the Persons list shows for this search, in its order (other words in the name box choose by those words instead).</source>
        <translation>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
            <numerusform>يطبع من تُظهرهم قائمة الأشخاص لهذا البحث (%n)، بترتيبها (كلمات أخرى في خانة الاسم تختار بتلك الكلمات بدلًا من ذلك).</numerusform>
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
        <translation>تنقص السجلَّ %1 هذه التفاصيل التي كتبتَها. أتضيفها إليه؟ لا يُستبدل شيء مما في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="32"/>
        <source>The record %1 has no blank that what you typed would fill.</source>
        <translation>ليس في السجل %1 حقل فارغ يملؤه ما كتبتَه.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="36"/>
        <source>These differ from the record and are not taken; if they are right, correct the record by hand:</source>
        <translation>هذه تختلف عمّا في السجل ولا تُؤخذ؛ إن كانت صحيحة فصحّح السجل يدوياً:</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="39"/>
        <source>%1: typed %2; the record keeps %3</source>
        <translation>%1: كُتب %2؛ يبقى في السجل %3</translation>
    </message>
</context>
<context>
    <name>UpdateDoubts</name>
    <message>
        <location filename="../../ui/update_doubts.py" line="42"/>
        <source>These updates are in doubt. Tick each row to update all the same. A row left unticked is not updated, and nothing is imported until you choose again for it.</source>
        <translation>هذه التحديثات موضع شك. ضع علامة على كل صف تريد تحديثه رغم ذلك. الصف الذي لا تضع عليه علامة لا يُحدَّث، ولا يُستورد شيء حتى تختار له من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="51"/>
        <source>Row %1: update %2 all the same</source>
        <translation>الصف %1: حدّث %2 رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="65"/>
        <source>Update the ticked rows</source>
        <translation>حدّث الصفوف المعلَّمة</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="92"/>
        <source>Row %1 and %2 disagree on: %3.</source>
        <translation>الصف %1 و‏%2 يختلفان في: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="98"/>
        <source>Perhaps another person of the same names.</source>
        <translation>ربما هو شخص آخر يحمل الأسماء نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="101"/>
        <source>Row %1: the given name %2 only partly agrees with %3 of %4: perhaps her sister.</source>
        <translation>الصف %1: الاسم %2 لا يتفق مع %3 لدى %4 إلا جزئياً: ربما هي أختها.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="106"/>
        <source>Row %1 scores %2 against %3 now: unlikely to be one person.</source>
        <translation>الصف %1 يسجّل الآن %2 مقابل %3: من غير المرجّح أنهما شخص واحد.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/labels.py" line="294"/>
        <source>match</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>mismatch</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>match</source>
        <comment>of a feminine word</comment>
        <translation>متطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="306"/>
        <source>partial</source>
        <comment>of a feminine word</comment>
        <translation>جزئية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="307"/>
        <source>mismatch</source>
        <comment>of a feminine word</comment>
        <translation>مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>blank</source>
        <comment>of a feminine word</comment>
        <translation>فارغة</translation>
    </message>
</context>
<context>
    <name>YearsApart</name>
    <message>
        <location filename="../../ui/error_words.py" line="251"/>
        <source>less than a year</source>
        <translation>أقل من سنة</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="253"/>
        <source>at most a year</source>
        <translation>سنة واحدة على الأكثر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/error_words.py" line="254"/>
        <source>at most %n years</source>
        <translation>
            <numerusform>%n سنة على الأكثر</numerusform>
            <numerusform>سنة واحدة على الأكثر</numerusform>
            <numerusform>سنتان على الأكثر</numerusform>
            <numerusform>%n سنوات على الأكثر</numerusform>
            <numerusform>%n سنة على الأكثر</numerusform>
            <numerusform>%n سنة على الأكثر</numerusform>
        </translation>
    </message>
</context>
</TS>
