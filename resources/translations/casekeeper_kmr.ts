<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku">
<context>
    <name>AccessWindow</name>
    <message>
        <location filename="../../ui/access_window.py" line="103"/>
        <source>Restore from a backup...</source>
        <translation>Ji yedekekê vegerîne...</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="116"/>
        <source>Unlock the vault</source>
        <translation>Xezîneyê veke</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="119"/>
        <source>Unlock</source>
        <translation>Veke</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="123"/>
        <source>Passphrase</source>
        <translation>Şîfre</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="135"/>
        <source>Forgot it? Use the recovery code</source>
        <translation>Te ji bîr kir? Koda vegerandinê bi kar bîne</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="138"/>
        <location filename="../../ui/access_window.py" line="217"/>
        <source>Change passphrase</source>
        <translation>Şîfreyê biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="147"/>
        <source>Create a new vault</source>
        <translation>Xezîneyeke nû çêbike</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="149"/>
        <source>Everything is stored encrypted in this folder. Choose a long passphrase: without it or the recovery code nobody, including you, can open the vault.</source>
        <translation>Her tişt bi şîfrekirî di vê peldankê de tê hilanîn. Şîfreyeke dirêj hilbijêre: bêyî wê an koda vegerandinê tu kes, tu jî, nikare xezîneyê veke.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="159"/>
        <source>Case number prefix</source>
        <translation>Pêşgira hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="161"/>
        <source>Create vault</source>
        <translation>Xezîneyê çêbike</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="167"/>
        <source>Or, on a new or repaired laptop, put a vault back from its backup:</source>
        <translation>An jî, li ser laptopeke nû an tamîrkirî, xezîneyê ji yedeka wê vegerîne:</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="176"/>
        <source>Use the recovery code</source>
        <translation>Koda vegerandinê bi kar bîne</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="178"/>
        <source>Type the recovery code and choose a new passphrase. The code will be replaced by a new one, shown once.</source>
        <translation>Koda vegerandinê binivîse û şîfreyeke nû hilbijêre. Kod dê bi kodeke nû were guhertin, tenê carekê tê nîşandan.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="185"/>
        <source>Recovery code</source>
        <translation>Koda vegerandinê</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="189"/>
        <source>Set the new passphrase</source>
        <translation>Şîfreya nû saz bike</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="193"/>
        <location filename="../../ui/access_window.py" line="221"/>
        <source>Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="200"/>
        <source>Change the passphrase</source>
        <translation>Şîfreyê biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="203"/>
        <source>Current passphrase</source>
        <translation>Şîfreya niha</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="211"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>Tevahiya xezîneyê jî bi mifteyek nû şîfre bike, bi koda vegerandinê ya nû (piştî ku dibe ku şîfre an kod hatibe dîtin)</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="228"/>
        <source>The passphrase is changed</source>
        <translation>Şîfre hate guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="230"/>
        <source>The old passphrase no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>Şîfreya kevn êdî xezîneyê bi xwe venake. Lê yedekên berê, û her kopiyek berê ya keyslots.bin, hîn bi şîfreya kevn vedibin: yedekek nû çêke û yên kevn tune bike. Heke dibe ku kesên din şîfreya kevn zanibin, wê dîsa bi mifteyek nû biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="245"/>
        <source>Your recovery code</source>
        <translation>Koda te ya vegerandinê</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="247"/>
        <source>Write this code down now and keep it apart from the laptop. It is shown only once. With it you can set a new passphrase if the passphrase is forgotten.</source>
        <translation>Vê kodê niha binivîse û ji laptopê dûr biparêze. Tenê carekê tê nîşandan. Bi wê tu dikarî şîfreyeke nû saz bikî heke şîfre ji bîr bibe.</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="255"/>
        <source>Print the code</source>
        <translation>Kodê çap bike</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="257"/>
        <source>I have written the code down</source>
        <translation>Min kod nivîsî</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="238"/>
        <location filename="../../ui/access_window.py" line="258"/>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <location filename="../../ui/access_window.py" line="270"/>
        <source>Working...</source>
        <translation>Dixebite...</translation>
    </message>
    <message>
        <location filename="../../ui/print_code.py" line="44"/>
        <source>CaseKeeper recovery code - keep apart from the laptop</source>
        <translation>Koda vegerandinê ya CaseKeeper - ji laptopê dûr biparêze</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="51"/>
        <source>Digits must be typed as they were when the passphrase was made: Arabic-Indic digits (%1) and Latin digits (%2) are different characters.</source>
        <translation>Divê hejmar wek dema ku şîfre hat çêkirin bêne nivîsîn: hejmarên erebî-rojhilatî (%1) û hejmarên latînî (%2) tîpên cuda ne.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Check the keyboard: Caps Lock off, and set to the language the passphrase was typed in when it was made (English, Arabic or Kurdish).</source>
        <translation>Klavyeyê kontrol bike: Caps Lock girtî be, û li ser wê zimanê be ku şîfre pê hat nivîsîn dema ku hat çêkirin (Îngilîzî, Erebî an Kurdî).</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/labels.py" line="714"/>
        <source>The passphrase or recovery code is not correct.</source>
        <translation>Şîfre an koda vegerandinê ne rast e.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="717"/>
        <source>The passphrase or recovery code does not open this backup: a backup opens with the passphrase the vault had when the backup was made, or the recovery code of that time.</source>
        <translation>Şîfre an koda vegerandinê vê yedekê venake: yedek bi şîfreya ku xezîneyê dema yedek hate çêkirin hebû vedibe, an bi koda vegerandinê ya wê demê.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="722"/>
        <source>The vault is open in another CaseKeeper window or command: close it there first, then try again. Nothing was changed.</source>
        <translation>Xezîne di paceyeke din an fermaneke din a CaseKeeper de vekirî ye: pêşî wê li wir bigire, paşê dîsa biceribîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="726"/>
        <source>Another CaseKeeper window or command is giving the vault a new key or restoring it from a backup: wait until it finishes, then try again. Nothing was changed.</source>
        <translation>Paceyeke din an fermaneke din a CaseKeeper mifteyek nû dide xezîneyê an wê ji yedekekê vedigerîne: bisekine heta ku biqede, paşê dîsa biceribîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="731"/>
        <source>Another CaseKeeper window or command is writing to the vault (an import being saved, or the first opening after an update): wait until it finishes, then try again. Nothing was changed.</source>
        <translation>Paceyeke din an fermaneke din a CaseKeeper di xezîneyê de dinivîse (îthalatek tê tomarkirin, an vekirina yekem piştî nûkirinê): bisekine heta ku biqede, paşê dîsa biceribîne. Tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="736"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Divê şîfre herî kêm %1 tîp be.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="739"/>
        <source>%1 is not a CaseKeeper backup: it holds no %2.</source>
        <translation>%1 ne yedekeke CaseKeeper e: %2 tê de tune.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="743"/>
        <source>The backup in %1 is damaged (%2). Nothing was restored: use another backup.</source>
        <translation>Yedeka di %1 de xera bûye (%2). Tiştek nehat vegerandin: yedekeke din bi kar bîne.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="747"/>
        <source>The audit trail in %1 does not reach where it did when the backup was made: entries were taken from it, or a file was changed. Nothing was restored.</source>
        <translation>Tomara kontrolê di %1 de nagihîje cihê ku dema yedek hat girtin lê bû: tomar jê hatin rakirin, an pelek hat guherandin. Tiştek nehat vegerandin.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="752"/>
        <source>The audit trail of the backup %1 is broken (%2). Nothing was restored.</source>
        <translation>Tomara kontrolê ya yedeka %1 şikestî ye (%2). Tiştek nehat vegerandin.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="35"/>
        <source>Verify the audit chain</source>
        <translation>Zincîra kontrolê verast bike</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>When (UTC)</source>
        <translation>Dem (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Action</source>
        <translation>Kiryar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>Record</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="40"/>
        <source>Detail</source>
        <translation>Hûrgilî</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="50"/>
        <source>Newer entries</source>
        <translation>Tomarên nûtir</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="52"/>
        <source>Older entries</source>
        <translation>Tomarên kevintir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="122"/>
        <source>%n entries; the newest are shown first</source>
        <translation>
            <numerusform>Hejmara tomaran: %n; yên herî nû pêşî</numerusform>
            <numerusform>Hejmara tomaran: %n; yên herî nû pêşî</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="123"/>
        <source>Shown: No. %1 to %2</source>
        <translation>Tê nîşandan: ji hejmar %1 heta hejmar %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="128"/>
        <source>Checking...</source>
        <translation>Tê kontrolkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="134"/>
        <source>The chain is intact: %1 entries. Chain head: %2</source>
        <translation>Zincîr saxlem e: %1 tomar. Serê zincîrê: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="137"/>
        <source>%1 of them had their content erased when a record was deleted: %2</source>
        <translation>Naveroka %1 ji wan hate paqijkirin dema ku tomarek hate jêbirin: %2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="142"/>
        <source>%1 of them had the words of notes erased when this version first opened the vault.</source>
        <translation>Nivîsa notan ji %1 ji wan hate paqijkirin dema ku vê guhertoyê cara yekem xezîne vekir.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="146"/>
        <source>The chain is BROKEN at entry %1: %2</source>
        <translation>Zincîr li tomara %1 şikestî ye: %2</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>Hilbijêre...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>all</source>
        <translation>hemû</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="51"/>
        <source>Back up</source>
        <translation>Yedek bigire</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="59"/>
        <source>Folder (a USB drive)</source>
        <translation>Peldank (ajokara USB)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="60"/>
        <source>Backups to keep there</source>
        <translation>Hejmara yedekên ku li wir bimînin</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="63"/>
        <source>The copy is encrypted like the vault and opens with the passphrase or recovery code the vault has now. It is checked before it counts. Keep the drive apart from the laptop.</source>
        <translation>Kopî wek xezîneyê şîfrekirî ye û bi şîfreyê an koda vegerandinê ya niha ya xezîneyê vedibe. Berî ku were qebûlkirin tê kontrolkirin. Ajokarê ji laptopê dûr biparêze.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="87"/>
        <source>Choose the folder to put the backup in.</source>
        <translation>Peldanka ku yedek tê de were danîn hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="96"/>
        <source>Copying and checking...</source>
        <translation>Tê kopîkirin û kontrolkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="105"/>
        <source>There is no folder %1: plug in the backup drive, or create the folder first.</source>
        <translation>Peldanka %1 tune: ajokara yedekê têxe, an pêşî peldankê çêke.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="108"/>
        <source>%1 is a file, not a folder: choose the folder to put the backup in.</source>
        <translation>%1 pel e, ne peldank: peldanka ku yedek tê de were danîn hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="111"/>
        <source>%1 cannot be written to (read-only, or not yours): choose another folder or drive.</source>
        <translation>Di %1 de nayê nivîsîn (tenê ji bo xwendinê ye, an ne ya te ye): peldankek an ajokarek din hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="117"/>
        <source>Backup made and checked: %1</source>
        <translation>Yedek hat girtin û kontrolkirin: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="118"/>
        <source>%n person record(s) in it; every page checked.</source>
        <translation>
            <numerusform>%n qeydên kesan tê de hene; hemû rûpel hatin kontrolkirin.</numerusform>
            <numerusform>%n qeydên kesan tê de hene; hemû rûpel hatin kontrolkirin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="120"/>
        <source>Audit chain head: %1</source>
        <translation>Serê zincîra tomara kontrolê: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="122"/>
        <source>%n older backup(s) removed from the folder.</source>
        <translation>
            <numerusform>%n yedekên kevintir ji peldankê hatin jêbirin.</numerusform>
            <numerusform>%n yedekên kevintir ji peldankê hatin jêbirin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <source>%n unfinished copy(ies) left by a backup cut off removed from the folder.</source>
        <translation>
            <numerusform>Kopiyên neqediyayî yên yedekek qutbûyî ji peldankê hatin jêbirin: %n</numerusform>
            <numerusform>Kopiyên neqediyayî yên yedekek qutbûyî ji peldankê hatin jêbirin: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_dialog.py" line="130"/>
        <source>%n unfinished copy(ies) of another vault left in the folder, not removed.</source>
        <translation>
            <numerusform>%n kopiyên neqediyayî yên xezîneyeke din di peldankê de man, nehatin jêbirin.</numerusform>
            <numerusform>%n kopiyên neqediyayî yên xezîneyeke din di peldankê de man, nehatin jêbirin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Birth</name>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <location filename="../../ui/labels.py" line="539"/>
        <source>about %1</source>
        <translation>nêzîkî %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>age %1 in %2</source>
        <translation>temen %1 di %2 de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>age %1, year not given</source>
        <translation>temen %1, sal nehatiye gotin</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Also encrypt the whole vault under a new key, with a new recovery code (after the passphrase or the code may have been seen)</source>
        <translation>Tevahiya xezîneyê jî bi mifteyek nû şîfre bike, bi koda vegerandinê ya nû (piştî ku dibe ku şîfre an kod hatibe dîtin)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57"/>
        <source>The vault is encrypted under a new key. Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before keep the old key and passphrase: make a new backup and destroy the old ones.</source>
        <translation>Xezîne bi mifteyek nû hate şîfrekirin. Koda vegerandinê ya nû niha binivîse û dûrî laptopê bihêle; tenê carekê tê nîşandan, û koda kevn êdî xezîneyê venake. Yedekên berê mifte û şîfreya kevn diparêzin: yedekek nû çêke û yên kevn tune bike.</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="24"/>
        <source>Print the code</source>
        <translation>Kodê çap bike</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="28"/>
        <source>I have written the code down</source>
        <translation>Min kod nivîsî</translation>
    </message>
    <message>
        <location filename="../../ui/code_once.py" line="30"/>
        <location filename="../../ui/dialogs.py" line="70"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63"/>
        <source>The passphrase is changed: the old one no longer opens the vault itself. Backups made before, and any copy of keyslots.bin from before, still open with the old passphrase: make a new backup and destroy the old ones. If the old passphrase may be known to others, change it again with a new key.</source>
        <translation>Şîfre hate guhertin: ya kevn êdî xezîneyê bi xwe venake. Lê yedekên berê, û her kopiyek berê ya keyslots.bin, hîn bi şîfreya kevn vedibin: yedekek nû çêke û yên kevn tune bike. Heke dibe ku kesên din şîfreya kevn zanibin, wê dîsa bi mifteyek nû biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Type the current passphrase, then choose the new one.</source>
        <translation>Şîfreya niha binivîse, paşê ya nû hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Current passphrase</source>
        <translation>Şîfreya niha</translation>
    </message>
    <message>
        <location filename="../../ui/replaced_note.py" line="16"/>
        <source>Still on this laptop, beside the vault: %1, the whole vault a restore replaced. It does not change with this one: it still opens with the passphrase and recovery code it had then. Once the restored vault is checked, delete that folder yourself (on Windows, empty the Recycle Bin too).</source>
        <translation>Hîn li ser vê laptopê ye, li kêleka xezîneyê: %1, xezîneya tevahî ya ku vegerandinekê cihê wê girt. Ew bi vê xezîneyê re naguhere: hîn bi şîfre û koda vegerandinê ya ku wê demê hebû vedibe. Piştî ku te xezîneya vegerandî kontrol kir, wê peldankê bi xwe jê bibe (li Windowsê, Sepeta Jêbirinê jî vala bike).</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="27"/>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <location filename="../../ui/contacts_tab.py" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>Relation</source>
        <translation>Xizmtî</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="23"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="24"/>
        <source>From list</source>
        <translation>Ji lîsteyê</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="29"/>
        <source>Who to her, e.g. brother</source>
        <translation>Têkiliya bi wê re, mînak: bira</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="36"/>
        <source>Add contact</source>
        <translation>Têkiliyekê zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="39"/>
        <source>Save changes to the chosen contact</source>
        <translation>Guhertinên têkiliya hilbijartî tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="61"/>
        <source>%1, sheet %2, row %3 (import batch %4)</source>
        <translation>%1, rûpela %2, rêza %3 (koma anînê %4)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_tab.py" line="63"/>
        <source>%1, row %2 (import batch %3)</source>
        <translation>%1, rêza %2 (koma anînê %3)</translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>confirmed by other sources</source>
        <translation>ji çavkaniyên din hatiye piştrastkirin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>probably true</source>
        <translation>bi îhtîmaleke mezin rast e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>possibly true</source>
        <translation>dibe ku rast be</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>doubtful</source>
        <translation>bi guman</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>improbable</source>
        <translation>îhtîmala wê kêm e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>truth cannot be judged</source>
        <translation>rastiya wê nayê nirxandin</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>by %1</source>
        <translation>di %1 de an berê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>%1 (as written; not read as a date)</source>
        <translation>%1 (wek hatiye nivîsîn; wek dîrok nehatiye xwendin)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/new_person.py" line="66"/>
        <source>e.g. 1998, about 1998, 12/03/1998</source>
        <translation>mînak 1998, nêzîkî 1998, 12/03/1998</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="422"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: %2 wek dîrok nayê xwendin (mînak 1998, nêzîkî 1998, 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 di pêşerojê de ye</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="433"/>
        <source>%1: %2 could be her age or a year. Type the year in full (e.g. 1998), or her age: age %3, or age %3 in 2014</source>
        <translation>%1: %2 dibe ku temenê wê be an salek be. Salê bi tevahî binivîse (mînak 1998), an temenê wê: temen %3, an temen %3 di 2014 de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="441"/>
        <source>%1: %2 would be %3 as an Excel date number, which cannot be this date: type the date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 wek hejmara dîrokê ya Excel dibe %3, ku nikare ev dîrok be: dîrokê binivîse (mînak 2014, 08/2014, 03/08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="102"/>
        <source>Read as %1</source>
        <translation>wek %1 hate xwendin</translation>
    </message>
</context>
<context>
    <name>DraftConflicts</name>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="39"/>
        <source>This draft of %1 was kept by an earlier version, which did not note her record as her page read it: which fields were typed in it cannot be told. These fields differ from her record as saved now. Choose for each which to keep; a field left blank in the draft keeps what her record holds now.</source>
        <translation>Ev reşnivîsa %1 ji aliyê guhertoyeke berê ve hat parastin, ku tomara wê wekî rûpela wê ew xwendibû nenivîsîbû: nayê zanîn kîjan qad tê de hatine nivîsîn. Ev qad ji tomara wê ya ku niha tomarkirî ye cuda ne. Ji bo her yekê hilbijêre kîjan bimîne; qadeke ku di reşnivîsê de vala ye tiştê ku niha di tomara wê de ye diparêze.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="43"/>
        <source>%1 was saved elsewhere since your typing began (another window, a command or an import), and these fields you changed were changed there too. Choose for each which to keep; the other fields you changed are put on top of her record as it is saved now, and those you did not change keep what was saved.</source>
        <translation>%1 ji dema ku te dest bi nivîsînê kir ve li cihekî din hat tomarkirin (paceyeke din, fermanek an îthalatek), û ev qadên ku te guhertine li wir jî hatin guhertin. Ji bo her yekê hilbijêre kîjan bimîne; qadên din ên ku te guhertine li ser tomara wê ya ku niha tomarkirî ye tên danîn, û yên ku te neguhertine tiştê tomarkirî diparêzin.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="49"/>
        <source>Keep what is in the draft:</source>
        <translation>Tiştê ku di reşnivîsê de ye bihêle:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="50"/>
        <source>Keep her record as saved now:</source>
        <translation>Tomara wê wekî ku niha tomarkirî ye bihêle:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="52"/>
        <source>Keep what you typed:</source>
        <translation>Tiştê ku te nivîsiye bihêle:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="53"/>
        <source>Keep what was saved since:</source>
        <translation>Tiştê ku ji hingê ve hatiye tomarkirin bihêle:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="59"/>
        <source>Keep both, one after the other:</source>
        <translation>Herduyan bihêle, yek li pey ya din:</translation>
    </message>
    <message>
        <location filename="../../ui/draft_conflicts.py" line="74"/>
        <source>(blank)</source>
        <translation>(vala)</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates_view.py" line="59"/>
        <source>Find likely duplicates</source>
        <translation>Dubareyên muhtemel bibîne</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="73"/>
        <source>Lowest score</source>
        <translation>Puana herî kêm</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Case</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="81"/>
        <location filename="../../ui/duplicates_view.py" line="82"/>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>Verdict</source>
        <translation>Biryar</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="85"/>
        <source>First record</source>
        <translation>Tomara yekem</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="86"/>
        <source>Second record</source>
        <translation>Tomara duyem</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="97"/>
        <source>Same person: keep the first</source>
        <translation>Heman kes e: ya yekem bihêle</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="99"/>
        <source>Same person: keep the second</source>
        <translation>Heman kes e: ya duyem bihêle</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="101"/>
        <source>Not the same person</source>
        <translation>Ne heman kes in</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="130"/>
        <source>Case number</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="131"/>
        <source>Case number or name</source>
        <translation>Hejmara dosyayê an nav</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="134"/>
        <source>Compare</source>
        <translation>Bide ber hev</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="138"/>
        <source>Or compare two records:</source>
        <translation>An du tomaran bide ber hev:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="145"/>
        <source>Take back &apos;not the same&apos;</source>
        <translation>«Ne heman kes in» paşde bigire</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="167"/>
        <source>Cancelled.</source>
        <translation>Hate betalkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="179"/>
        <source>Type the case numbers of the two records to compare.</source>
        <translation>Hejmarên dosyayê yên her du tomarên ku werin berhevkirin binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="198"/>
        <source>No other record was found for %1.</source>
        <translation>Ji bo %1 tu tomareke din nehat dîtin.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="201"/>
        <source>%1 compared with the records found for %2, best first</source>
        <translation>%1 bi tomarên ji bo %2 hatine dîtin re hat berhevkirin, yên herî nêzîk pêşî</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="208"/>
        <source>%1 and %2, compared as asked (score %3)</source>
        <translation>%1 û %2, wek hatî xwestin hatin berhevkirin (pûan %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_view.py" line="232"/>
        <source>%n likely pair(s)</source>
        <translation>
            <numerusform>Cotên muhtemel: %n</numerusform>
            <numerusform>Cotên muhtemel: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="236"/>
        <source>Pairs known by one kunya or husband&apos;s name not listed, of records with more such namesakes than can be told apart: %1</source>
        <translation>Cotên ku bi yek kunyeyê an navê yek mêrî tên nasîn nehatin rêzkirin, ji ber ku tomarên wan ji yên ku ji hev bên cudakirin bêtir hevnav hene: %1</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="307"/>
        <source>A merge asks first: they disagree on %1. They may be two people of one family.</source>
        <translation>Yekkirin pêşî dipirse: di %1 de ji hev cuda ne. Dibe ku du kesên yek malbatê bin.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="345"/>
        <source>%1 was merged into %2; Split out, on the page of %2, undoes it.</source>
        <translation>%1 bi %2 re hate yekkirin; «Veqetîne», li rûpela %2, vê yekkirinê vedigerîne.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="357"/>
        <source>%1 and %2 disagree on what tells two people apart:</source>
        <translation>%1 û %2 li ser tiştê ku du kesan ji hev cuda dike ne wek hev in:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="359"/>
        <source>%1: %2 in %3, %4 in %5</source>
        <translation>%1: %2 di %3 de, %4 di %5 de</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="362"/>
        <source>They may be two people of one family. Merge them anyway? What disagreed is kept in the audit trail; splitting the records undoes the merge.</source>
        <translation>Dibe ku ew du kesên ji yek malbatê bin. Dîsa jî wan yek bikî? Tiştê ne wek hev di tomara kontrolê de tê hilanîn; veqetandina tomaran yekkirinê betal dike.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="383"/>
        <source>%1 may now be shared only as %2 was (%3, not %4): %2&apos;s account is part of her record now. Splitting the records sets it back.</source>
        <translation>%1 niha tenê wek %2 dikare were parvekirin (%3, ne %4): vegotina %2 niha beşek ji qeyda wê ye. Veqetandina qeydan astê vedigerîne.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="394"/>
        <source>%1: %2 of %3 kept, %4 of %5 not taken (it stays on %5&apos;s own record; Split out shows it again).</source>
        <translation>%1: %2 ya %3 hate parastin, %4 ya %5 nehat girtin (li ser qeyda %5 bi xwe dimîne; «Veqetîne» wê dîsa nîşan dide).</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="404"/>
        <source>Statuses differed: %1 was %2, %3 was %4. %1 is now %5; if that is wrong, add her status with its date on her page.</source>
        <translation>Rewş cuda bûn: %1 %2 bû, %3 %4 bû. %1 niha %5 e; eger ev şaş be, rewşa wê bi dîroka wê li ser rûpela wê zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="417"/>
        <source>%1 and %2 are marked not the same person: the pair is not proposed again.</source>
        <translation>Hate nîşankirin ku %1 û %2 ne heman kes in: ev cot êdî nayê pêşniyarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="373"/>
        <source>Merge them anyway? The decision is withdrawn; splitting the records gives it back.</source>
        <translation>Dîsa jî wan yek bikî? Biryar tê paşvekişandin; veqetandina tomaran wê vedigerîne.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_view.py" line="365"/>
        <location filename="../../ui/duplicates_view.py" line="375"/>
        <source>Merge anyway</source>
        <translation>Dîsa jî yek bike</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="15"/>
        <source>%1 (merged into %2)</source>
        <translation>%1 (bi %2 re hatiye yekkirin)</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="21"/>
        <source>%1 and %2 were marked not the same person on %3.</source>
        <translation>Di %3 de hate nîşankirin ku %1 û %2 ne heman kes in.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_said.py" line="24"/>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="20"/>
        <source>Mark %1 and %2 as not the same person?</source>
        <translation>Bila were nîşankirin ku %1 û %2 ne heman kes in?</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="22"/>
        <source>The pair will not be proposed again. To take it back, compare the two records (&quot;Or compare two records&quot;) and click &quot;Take back &apos;not the same&apos;&quot;.</source>
        <translation>Ev cot êdî nayê pêşniyarkirin. Ji bo paşdegirtinê, du tomaran bide ber hev («An du tomaran bide ber hev») û li ««Ne heman kes in» paşde bigire» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="45"/>
        <source>Take it back? The two may then be proposed as one person again; the audit trail keeps the decision.</source>
        <translation>Paşde bigirî? Dibe ku paşê herdu dîsa wek yek kes werin pêşniyarkirin; tomara kontrolê biryarê diparêze.</translation>
    </message>
    <message>
        <location filename="../../ui/not_same_ask.py" line="53"/>
        <source>%1 and %2 are no longer marked not the same person: they may be proposed as one person again.</source>
        <translation>%1 û %2 êdî wek «ne heman kes in» nehatine nîşankirin: dibe ku dîsa wek yek kes werin pêşniyarkirin.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/error_words.py" line="26"/>
        <source>%1 was deleted in another window or by a command since her page was opened: nothing was saved</source>
        <translation>%1 ji dema ku rûpela wê hat vekirin ve di pencereyeke din de an bi fermanekê hat jêbirin: tiştek nehat tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="31"/>
        <source>%1 on %2 is before her abduction (%3): check the date</source>
        <translation>%1 di %2 de berî revandina wê ye (%3): dîrokê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="32"/>
        <source>the handover to her family (%1) is before the rescue (%2): she is handed over after she is freed; check both dates</source>
        <translation>radestkirina wê ji malbata wê re (%1) berî rizgarkirinê ye (%2): piştî ku azad dibe radest dibe; her du dîrokan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="34"/>
        <source>an operation that freed no one (it gives no status) has no handover to her family (%1): if she was freed after all, give the status it gives; if not, leave the handover to family empty</source>
        <translation>operasyoneke ku kes azad nekiriye (tu rewşê nade) radestkirina malbatê tune ye (%1): heke ew bi rastî azad bûbe, rewşa ku dide hilbijêre; heke na, radestkirina malbatê vala bihêle</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="37"/>
        <source>the report was received (%1) before what it tells was seen (%2): a report tells of what was seen before it came in; check both dates</source>
        <translation>rapor hat (%1) berî ku tiştê ew dibêje were dîtin (%2): rapor tiştê ku berî hatina wê hatiye dîtin dibêje; her du dîrokan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="40"/>
        <source>%1 is not a case number (they look like SNJ-00123)</source>
        <translation>%1 ne hejmara dosyayê ye (hejmarên dosyayan wek SNJ-00123 in)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="42"/>
        <source>this exact file was imported as batch %1, from the sender %2, not %3: the same bytes would stand as two senders&apos; lists. If it is the same sender named another way, type the sender as first given (%2) and read the file again; if another sender truly sent it, the command line imports it anyway (casekeeper import --again)</source>
        <translation>ev pel bi xwe wek koma %1 hatibû anîn, ji şandêr %2, ne ji %3: heman dane wê wek lîsteyên du şandêran xuya bike. Eger heman şandêr e û bi awayekî din hatiye nivîsîn, navê şandêr wek cara yekem hatî dayîn binivîse (%2) û pelê dîsa bixwîne; eger bi rastî şandêrekî din ew şandiye, rêza fermanan wê dîsa jî tîne (casekeeper import --again)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="47"/>
        <source>no person with case number %1</source>
        <translation>kesek bi hejmara dosyayê %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="49"/>
        <source>a %1 document is not chosen by when a woman was seen: it would tell that reports of her came in since then, which only the team&apos;s own papers tell; make it internal, or leave out the seen-since date</source>
        <translation>belgeyek %1 li gorî dema ku jinek hatiye dîtin nayê hilbijartin: ew ê nîşan bide ku ji wê demê ve rapor derbarê wê de hatine, ku tenê kaxezên hundirîn ên tîmê nîşan didin; wê bike hundirîn, an dîroka «hat dîtin ji» vala bihêle</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="53"/>
        <source>%1 is given more than once: name each person once</source>
        <translation>%1 ji carekê zêdetir hatiye dayîn: her kesî tenê carekê binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="54"/>
        <source>%1 is merged into %2, which is given too: they are one person; name each person once</source>
        <translation>%1 bi %2 re hatiye yekkirin, ku ew jî hatiye dayîn: ew yek kes in; her kesî tenê carekê binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="56"/>
        <source>%1 and %2 are both merged into %3: they are one person; name each person once</source>
        <translation>%1 û %2 herdu bi %3 re hatine yekkirin: ew yek kes in; her kesî tenê carekê binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="59"/>
        <source>a status of %1 rests on it: withdraw that status first (Status timeline), then take her off</source>
        <translation>rewşeke %1 li ser wê radiweste: pêşî wê rewşê vekişîne (Demhêla rewşê), paşê wê jê rake</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="61"/>
        <source>a status of %1 rests on report %2: withdraw that status first (Status timeline), then mark the report proved false</source>
        <translation>rewşeke %1 xwe dispêre rapora %2: pêşî wê rewşê vekişîne (Rêza demê ya rewşan), paşê raporê wek derew nîşan bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="63"/>
        <source>report %1 is marked proved false: a status cannot rest on it; if it did not prove false, clear Proved false in the report&apos;s form first</source>
        <translation>rapora %1 wek derew hatiye nîşankirin: tu rewş nikare xwe bispêre wê; eger derew derneketibe, pêşî «Derew derket» di forma raporê de rake</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="66"/>
        <source>the report was proved false (%1) before it was received (%2): check both dates</source>
        <translation>rapor derew derket (%1) berî ku were (%2): herdu dîrokan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="68"/>
        <source>it is about no one else, and a report names at least one person: add the woman it is about under its other women first</source>
        <translation>ew ne li ser kesekî din e, û rapor herî kêm navê kesekî dide: pêşî jina ku li ser wê ye di qutiya jinên din de zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="70"/>
        <source>%1 was changed elsewhere; reload it first</source>
        <translation>%1 li cihekî din hat guhertin; pêşî wê ji nû ve bar bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="73"/>
        <source>%1 has been merged into %2: record this on %2</source>
        <translation>%1 bi %2 re hatiye yekkirin: vê li ser %2 tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="74"/>
        <source>%1 and %2 are linked so already</source>
        <translation>%1 û %2 jixwe bi vî awayî girêdayî ne</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="75"/>
        <source>this record is %1 of this vault already (the same record id): nothing was added</source>
        <translation>ev tomar jixwe %1 a vê xezîneyê ye (heman nasnameya tomarê): tiştek nehat zêdekirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="77"/>
        <source>a person needs at least one name part</source>
        <translation>kes herî kêm beşek navê hewce dike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="79"/>
        <source>%1&apos;s status %2 came with rescue %3: change the rescue instead (Rescues tab), or delete it</source>
        <translation>Rewşa %1 (%2) bi rizgarkirina %3 re hat: li şûna wê rizgarkirinê biguherîne (beşa Rizgarkirin), an jê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="82"/>
        <source>%1, Arabic script box: longer than 200 characters; shorten it</source>
        <translation>%1, qutiya tîpên erebî: ji 200 tîpan dirêjtir e; kurt bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="83"/>
        <source>%1, Latin letters box: longer than 200 characters; shorten it</source>
        <translation>%1, qutiya tîpên latînî: ji 200 tîpan dirêjtir e; kurt bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="84"/>
        <source>%1 was taken on %2: she cannot have been seen on %3, before that; check the date</source>
        <translation>%1 di %2 de hat revandin: nabe ku di %3 de, berî wê, hatibe dîtin; dîrokê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="86"/>
        <source>%1 was taken on %2: she cannot have been freed on %3, before that; check the date</source>
        <translation>%1 di %2 de hat revandin: nabe ku di %3 de, berî wê, azad bûbe; dîrokê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="88"/>
        <source>no rescue operation with id %1</source>
        <translation>operasyoneke rizgarkirinê bi hejmara %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="89"/>
        <source>no photo with id %1</source>
        <translation>wêneyek bi hejmara %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="90"/>
        <source>no family contact with id %1</source>
        <translation>têkiliyeke malbatê bi hejmara %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="91"/>
        <source>no relative link with id %1</source>
        <translation>girêdaneke xizmtiyê bi hejmara %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="92"/>
        <source>%1 and %2 are not linked as relatives</source>
        <translation>%1 û %2 wek xizm bi hev ve nehatine girêdan</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="93"/>
        <source>%1 (born %2) would be the parent of %3, born before: %4; check the relation or the births</source>
        <translation>%1 (ji dayikbûyî %2) dê bibe dê an bavê %3, ku berê ji dayik bûye: %4; têkiliyê an jidayikbûnan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="95"/>
        <source>a person cannot be their own relative</source>
        <translation>kes nikare xizmê xwe be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="96"/>
        <source>a photo must be a JPEG or PNG file</source>
        <translation>wêne divê pelê JPEG an PNG be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="97"/>
        <source>a photo may be at most 20 MB</source>
        <translation>wêne herî zêde dikare 20 MB be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="98"/>
        <source>a record cannot be compared with itself</source>
        <translation>tomarek bi xwe re nayê berhevkirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="99"/>
        <source>%1 is merged into %2: compare %2, or split %1 out first</source>
        <translation>%1 bi %2 re hatiye yekkirin: %2 berhev bike, an pêşî %1 veqetîne</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="100"/>
        <source>a record cannot be merged with itself</source>
        <translation>tomarek bi xwe re nayê yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="101"/>
        <source>%1 is already merged into another record; split it first</source>
        <translation>%1 jixwe bi tomareke din re hatiye yekkirin; pêşî wê veqetîne</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="102"/>
        <source>%1 is not merged into another record</source>
        <translation>%1 bi tomareke din re nehatiye yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="103"/>
        <source>%1 is inside the vault&apos;s own folder: a backup there is lost with the laptop; choose another drive</source>
        <translation>%1 di peldanka xezîneyê bi xwe de ye: yedek li wir bi laptopê re winda dibe; ajokereke din hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="105"/>
        <source>the drive of %1 is full: the backup needs about %2 and %3 are free there; no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>Ajoka %1 tije ye: yedek bi qasî %2 hewce dike û li wir %3 vala ne; tu yedek nehat çêkirin û xezîne nehat guhertin: li ser wê ajokê cih vala bike, an li ajokek din yedek bigire</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="109"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was changed, the vault is as it was before; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>dîska xezîneyê %1 tije ye an tê de nayê nivîsîn (%2): tiştek nehat guhertin, xezîne wek berê ye; li ser wê dîskê cih vala bike (pelên ku ne lazim in bar bike an jê bibe), paşê dîsa bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="112"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): it stopped part way: what was saved before the disk refused stays in the vault, the rest was not done; free space on that disk (move or delete files you do not need), then look at what is there before doing the rest</source>
        <translation>dîska xezîneyê %1 tije ye an tê de nayê nivîsîn (%2): di nîvê rê de sekinî: tiştê ku berî ku dîskê red bike hat tomarkirin di xezîneyê de dimîne, yên mayî nehatin kirin; li ser wê dîskê cih vala bike (pelên ku ne lazim in bar bike an jê bibe), paşê berî ku yên mayî bikî li tiştê ku heye binêre</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="116"/>
        <source>the disk of the vault %1 is full or cannot be written (it needs about %2 more, the vault&apos;s size again): the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; free space on that disk (move or delete files you do not need), then do it again</source>
        <translation>dîska xezîneyê %1 tije ye an tê de nayê nivîsîn (nêzî %2 zêdetir lazim e, bi qasî mezinahiya xezîneyê careke din): mifteyeke nû nehat dayîn xezîneyê û tiştek nehat guhertin, şîfre û koda vegerandinê ya berê hîn wê vedikin; li ser wê dîskê cih vala bike (pelên ku ne lazim in bar bike an jê bibe), paşê dîsa bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="121"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): nothing was restored, the vault is as it was and the copy begun beside it was deleted; free space on that disk (the backup&apos;s size is needed), then restore again</source>
        <translation>dîska xezîneyê %1 tije ye an tê de nayê nivîsîn (%2): tiştek nehat vegerandin, xezîne wek berê ye û kopiya ku li kêleka wê dest pê kiribû hat jêbirin; li ser wê dîskê cih vala bike (bi qasî mezinahiya paşkopiyê lazim e), paşê dîsa vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="125"/>
        <source>the disk of the vault %1 is full or cannot be written (%2): the vault was not opened and nothing in it was changed; free space on that disk (move or delete files you do not need), then unlock again</source>
        <translation>dîska xezîneyê %1 tije ye an tê de nayê nivîsîn (%2): xezîne nehat vekirin û tiştek tê de nehat guhertin; li ser wê dîskê cih vala bike (pelên ku ne lazim in bar bike an jê bibe), paşê dîsa veke</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="128"/>
        <source>the drive of %1 is full or cannot be written (%2): no backup was made and the vault is unchanged: free space on that drive, or back up to another</source>
        <translation>ajokara %1 tije ye an tê de nayê nivîsîn (%2): tu yedek nehat çêkirin û xezîne nehat guhertin: li ser wê ajokarê cih vala bike, an yedekê li ajokareke din bigire</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="133"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was saved, the vault is as it was before; check that the drive is in place, then do it again; if it happens again, back the vault up to another drive at once</source>
        <translation>dîska xezîneyê %1 nehat xwendin an nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; tiştek nehat tomarkirin, xezîne wek berê ye; kontrol bike ku dîsk li cihê xwe ye, paşê dîsa bike; ger dîsa çêbibe, tavilê yedekê xezîneyê li dîskeke din bigire</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="137"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; it stopped part way: what was saved before stays in the vault, the rest was not saved; check that the drive is in place, then look at what is there before doing the rest; if it happens again, back the vault up to another drive at once</source>
        <translation>dîska xezîneyê %1 nehat xwendin an nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; di nîvê rê de sekinî: tiştê ku berê hat tomarkirin di xezîneyê de dimîne, yên mayî nehatin tomarkirin; kontrol bike ku dîsk li cihê xwe ye, paşê berî ku yên mayî bikî li tiştê ku heye binêre; ger dîsa çêbibe, tavilê yedekê xezîneyê li dîskeke din bigire</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="142"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not opened and nothing in it was changed; check that the drive is in place, then unlock again; if it happens again, copy the vault&apos;s folder to another drive at once</source>
        <translation>dîska xezîneyê %1 nehat xwendin an nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; xezîne nehat vekirin û tiştek tê de nehat guhertin; kontrol bike ku dîsk li cihê xwe ye, paşê dîsa veke; ger dîsa çêbibe, tavilê peldanka xezîneyê li dîskeke din kopî bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="146"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; nothing was restored, the vault is as it was and the copy begun beside it was deleted; check that the drive is in place, then restore again</source>
        <translation>dîska xezîneyê %1 nehat xwendin an nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; tiştek nehat vegerandin, xezîne wek berê ye û kopiya ku li kêleka wê dest pê kiribû hat jêbirin; kontrol bike ku dîsk li cihê xwe ye, paşê dîsa vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="150"/>
        <source>the drive of the vault %1 could not be read or written (%2): it may be failing, or it was removed or made read-only; the vault was not given a new key and nothing was changed, the passphrase and recovery code it had still open it; check that the drive is in place, then do it again</source>
        <translation>dîska xezîneyê %1 nehat xwendin an nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; mifteyeke nû nehat dayîn xezîneyê û tiştek nehat guhertin, şîfre û koda vegerandinê ya berê hîn wê vedikin; kontrol bike ku dîsk li cihê xwe ye, paşê dîsa bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="154"/>
        <source>the drive of %1 could not be written (%2): it may be failing, or it was removed or made read-only; no backup was made and the vault is unchanged: check that the drive is in place, or back up to another</source>
        <translation>di ajokara %1 de nehat nivîsîn (%2): dibe ku xera dibe, an hatiye derxistin an tenê ji bo xwendinê hatiye kirin; tu yedek nehat çêkirin û xezîne nehat guhertin: kontrol bike ku ajokar li cihê xwe ye, an yedekê li ajokareke din bigire</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="157"/>
        <source>the case prefix must be 2 to 6 capital letters A-Z</source>
        <translation>pêşgira hejmarên dosyayan divê 2 heta 6 tîpên mezin ên A-Z be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="158"/>
        <source>the new passphrase must differ from the one the vault has now</source>
        <translation>şîfreya nû divê ji ya ku xezîne niha heye cuda be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="159"/>
        <source>give the rescue operation&apos;s number</source>
        <translation>hejmara operasyona rizgarkirinê binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="160"/>
        <source>born %1, after her abduction (%2): check both dates</source>
        <translation>di %1 de ji dayik bûye, piştî revandina wê (%2): her du dîrokan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="161"/>
        <source>%1 is recorded as female: not %2&apos;s father (their mother, or parent if the sex recorded is in doubt)</source>
        <translation>%1 wek mê hatiye tomarkirin: ne bavê %2 ye (diya wî/wê ye, an dê an bav heke zayenda tomarkirî bi guman be)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="163"/>
        <source>%1 is recorded as male: not %2&apos;s mother (their father, or parent if the sex recorded is in doubt)</source>
        <translation>%1 wek nêr hatiye tomarkirin: ne diya %2 ye (bavê wî/wê ye, an dê an bav heke zayenda tomarkirî bi guman be)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="165"/>
        <source>%1 is already %2&apos;s %3: not also their %4</source>
        <translation>%1 jixwe (%3) ya %2 ye: nabe ku (%4) ya wî/wê jî be</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="167"/>
        <source>%1 (birth: %2) would be a parent of %3 (birth: %4), older by %5: fewer than 12 years between their births, even read as widely as they are written; check the births and the relation</source>
        <translation>%1 (jidayikbûn: %2) dê bibe dê an bavê %3 (jidayikbûn: %4), û %5 jê mezintir e: di navbera jidayikbûnên wan de ji 12 salan kêmtir, her çiqas bi awayê herî fireh ê nivîsandî jî bên xwendin; jidayikbûnan û têkiliyê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="170"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 pel e, ne peldank e</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="171"/>
        <source>%1 cannot be written to (read-only, or not yours)</source>
        <translation>nayê nivîsîn li %1 (tenê ji bo xwendinê ye, an ne ya te ye)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="173"/>
        <source>this is the vault&apos;s passphrase: a PDF&apos;s password is told to whoever reads the paper, so choose another; nothing was written</source>
        <translation>ev şîfreya xezîneyê ye: şîfreya PDFê ji wî/wê re tê gotin ku kaxezê dixwîne, ji ber vê yekê yekî din hilbijêre; tiştek nehat nivîsîn</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="176"/>
        <source>the PDF cannot be written to %1 (read-only, or not yours): nothing was saved; choose another folder or drive</source>
        <translation>PDF nayê nivîsîn li %1 (tenê ji bo xwendinê ye, an ne ya te ye): tiştek nehat tomarkirin; peldankek an ajokarek din hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="178"/>
        <source>the drive of %1 is full: nothing was saved; free space on it, or choose another drive</source>
        <translation>ajokara %1 tije ye: tiştek nehat tomarkirin; cih li ser vala bike, an ajokarek din hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="182"/>
        <source>a family summary lists one family&apos;s own persons, and these are not linked as relatives in the vault (%1): make one summary for each family, or, if they are one family, link them first (Link relative on her page)</source>
        <translation>kurteya malbatê tenê kesên malbatekê rêz dike, û ev di xezîneyê de wek xizm bi hev ve nehatine girêdan (%1): ji bo her malbatê kurteyekê çêke, an heke ew yek malbat in, pêşî wan girê bide («Xizmekî girê bide» li ser rûpela wê)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="186"/>
        <source>%1 was not rescued in operation %2: under Whose family, give the case number of a person it freed</source>
        <translation>%1 di operasyona %2 de nehat rizgarkirin: li binê «Malbata kê» hejmara dosyaya kesekî ku wê azad kir binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="188"/>
        <source>%1 is not named in operation %2, and it freed none of them: under Whose family, give the case number of a person it names</source>
        <translation>navê %1 di operasyona %2 de nayê, û wê tu kes ji wan azad nekir: li binê «Malbata kê» hejmara dosyaya kesekî ku ew navê wî dide binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="190"/>
        <source>%1 is not named in operation %2, and it does not say whether it freed anyone: under Whose family, give the case number of a person it names</source>
        <translation>navê %1 di operasyona %2 de nayê, û ew nabêje ka wê kes azad kir an na: li binê «Malbata kê» hejmara dosyaya kesekî ku ew navê wî dide binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="193"/>
        <source>operation %1 freed no one: a public document does not tell of it (it would say only that an attempt for someone failed); it is made only of an operation that freed someone</source>
        <translation>operasyona %1 tu kes azad nekir: belgeyeke giştî qala wê nake (ew ê tenê bibêje ku hewldanek ji bo kesekî bi ser neket); ew tenê ji bo operasyoneke ku kesek azad kiribe tê çêkirin</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="197"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) more than %4: a similar name, not a spelling)</source>
        <translation>Tu gundekî xezîneyê bi &quot;%1&quot; nehatiye nivîsandin (bi tu tîp an rastnivîsa wî cihî); dibe ku %2 were xwestin: gundê tê xwestin binivîse (&quot;%1&quot; %3 tîp ji %4 zêdetir in: navekî dişibe, ne rastnivîseke wî)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="200"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has %3 letter(s) fewer than %4: a similar name, not a spelling)</source>
        <translation>Tu gundekî xezîneyê bi &quot;%1&quot; nehatiye nivîsandin (bi tu tîp an rastnivîsa wî cihî); dibe ku %2 were xwestin: gundê tê xwestin binivîse (&quot;%1&quot; %3 tîp ji %4 kêmtir in: navekî dişibe, ne rastnivîseke wî)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="203"/>
        <source>no village of the vault is written &quot;%1&quot; (in any script or spelling of that place); it could mean %2: give the village meant (&quot;%1&quot; has other letters than %4: a similar name, not a spelling)</source>
        <translation>Tu gundekî xezîneyê bi &quot;%1&quot; nehatiye nivîsandin (bi tu tîp an rastnivîsa wî cihî); dibe ku %2 were xwestin: gundê tê xwestin binivîse (tîpên &quot;%1&quot; ji yên %4 cuda ne: navekî dişibe, ne rastnivîseke wî)</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="207"/>
        <source>unexpected error (%1); the vault was not changed by it</source>
        <translation>çewtiyeke nehêvîkirî (%1); xezîne ji ber wê nehat guhertin</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="630"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <source>withdrawn in an earlier version of this list (batch %1, row %2) from %3 on %4, put on no one since: it waits for a decision, also with --yes</source>
        <translation>di guhertoyeke berê ya vê lîsteyê de (koma %1, rêza %2) li %4 ji %3 hate vekişandin, û ji wê demê ve nehatiye dayîn tu kesî: li benda biryarekê ye, bi --yes jî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="574"/>
        <source>withdrawn in an earlier version of this list (batch %1, row %2) on %3, put on no one since: it waits for a decision, also with --yes</source>
        <translation>di guhertoyeke berê ya vê lîsteyê de (koma %1, rêza %2) li %3 hate vekişandin, û ji wê demê ve nehatiye dayîn tu kesî: li benda biryarekê ye, bi --yes jî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="585"/>
        <source>row %1</source>
        <translation>rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>another record fits as well: %1 (score %2)</source>
        <translation>tomareke din jî bi heman rengî li hev tê: %1 (puan %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), decided by hand then: %3</source>
        <translation>di importa dawî ya vê lîsteyê de bi rastnivîsek din hatiye nivîsîn (koma %1, rêza %2), wê demê bi destan hat biryardan: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="594"/>
        <source>spelt otherwise in the last import of this list (batch %1, row %2), created then: %3</source>
        <translation>di importa dawî ya vê lîsteyê de bi rastnivîsek din hatiye nivîsîn (koma %1, rêza %2), wê demê jê hate çêkirin: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="602"/>
        <source>asked again: row %1, the same woman by the names, has been decided anew</source>
        <translation>dîsa tê pirsîn: li ser rêza %1, ku li gorî navan heman jin e, ji nû ve biryar hate dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>the same row as in the last import of this list (batch %1)</source>
        <translation>heman rêz wek di importa dawî ya vê lîsteyê de (koma %1)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>the list&apos;s case number names this record</source>
        <translation>hejmara dosyayê ya lîsteyê vê tomarê nav dike</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>the list&apos;s case number names %1, not this record</source>
        <translation>hejmara dosyayê ya lîsteyê %1 nav dike, ne vê tomarê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="616"/>
        <source>another record fits as well</source>
        <translation>tomareke din jî bi heman rengî li hev tê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>read as leaving out the father&apos;s name</source>
        <translation>nav bêyî navê bav hate xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>read with the family name in the grandfather&apos;s column</source>
        <translation>paşnav di stûna navê bapîr de hate xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="623"/>
        <source>read with the grandfather&apos;s and family names swapped</source>
        <translation>navê bapîr û paşnav cihê hev hatin xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>read with the grandfather&apos;s name in the family name&apos;s column</source>
        <translation>navê bapîr di stûna paşnavê de hate xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>more records fit as well: %1</source>
        <translation>tomarên din jî bi heman rengî li hev tên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>only a given name on one side: asked because it and more agree</source>
        <translation>li aliyekî tenê navê yekem heye: hat pirsîn ji ber ku ew û qadên din li hev tên</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="635"/>
        <source>only a given and a family name on one side, no father&apos;s name: asked because they and more agree</source>
        <translation>li aliyekî tenê navê yekem û paşnav hene, bê navê bav: hat pirsîn ji ber ku ew û qadên din li hev tên</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>only a given and a family name on one side, no father&apos;s name: the only record of them that nothing disagrees with, so asked</source>
        <translation>li aliyekî tenê navê yekem û paşnav hene, bê navê bav: tomara tenê ya bi van navan e ku tiştek li dijî wê nayê, loma hat pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="643"/>
        <source>the whole name agrees: asked although other fields disagree</source>
        <translation>navê wê yê tevahî li hev tê: hat pirsîn her çend qadên din ne li hev in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>the given names partly agree and the rest of the name agrees: asked</source>
        <translation>navên yekem hinekî li hev tên û yên din ên navê li hev tên: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>her given name is not known, and her father&apos;s and grandfather&apos;s names agree: asked</source>
        <translation>navê wê nayê zanîn, û navên bav û bapîrê wê li hev tên: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="653"/>
        <source>known by the same kunya, a given name not given: asked</source>
        <translation>bi heman kunyeyê tên nasîn, nav nehatiye dayîn: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="656"/>
        <source>known as the wife of a man of the same name, one written with a word more before his name: asked</source>
        <translation>wek jina mêrekî bi heman navî tê nasîn, di yekê de peyvek zêdetir berî navê wî hatiye nivîsîn: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="660"/>
        <source>known as the wife of a man of the same name, a given name not given: asked</source>
        <translation>wek jina mêrekî bi heman navî tê nasîn, navê yekem nehatiye dayîn: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="666"/>
        <source>the birth years are %1 years apart</source>
        <translation>navbera salên jidayikbûnê %1 sal e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="668"/>
        <source>the birth years are %1 years apart, but agree if the age given in %2 was her age when taken in %3</source>
        <translation>navbera salên jidayikbûnê %1 sal e, lê li hev tên eger temenê ku di %2 de hatiye dayîn temenê wê yê dema revandinê di %3 de be</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>nothing but the birth disagrees: asked</source>
        <translation>ji bilî jidayikbûnê tiştek ne li hev e: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>the given names only partly agree and the births disagree: sisters, or one woman whose birth was given differently: asked</source>
        <translation>navên yekem tenê hinekî li hev tên û jidayikbûn ne li hev in: du xwişk, an jinek ku jidayikbûna wê cuda hatiye dayîn: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="679"/>
        <source>found as %1, a record merged into %2</source>
        <translation>wek %1 hat dîtin, tomarek ku bi %2 re hatiye yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="683"/>
        <source>the record changed after this row was decided</source>
        <translation>tomar piştî ku li ser vê rêzê biryar hate dayîn hate guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="686"/>
        <source>added to the vault after this list was staged</source>
        <translation>piştî amadekirina vê lîsteyê ket xezîneyê</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="902"/>
        <location filename="../../ui/labels.py" line="556"/>
        <location filename="../../ui/list_changes.py" line="165"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="366"/>
        <source>full name</source>
        <translation>navê temam</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="367"/>
        <source>given name</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="368"/>
        <source>father</source>
        <translation>bav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="369"/>
        <source>grandfather</source>
        <translation>bapîr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="370"/>
        <source>family / clan</source>
        <translation>paşnav / eşîr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="371"/>
        <source>mother</source>
        <translation>dayik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="372"/>
        <source>nickname</source>
        <translation>leqeb</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="373"/>
        <source>other spelling</source>
        <translation>rastnivîseke din</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="375"/>
        <source>nickname / other spellings</source>
        <translation>leqeb / rastnivîsên din</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="376"/>
        <source>sex</source>
        <translation>zayend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="377"/>
        <source>born</source>
        <translation>jidayikbûn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="378"/>
        <source>age</source>
        <translation>temen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="379"/>
        <source>village</source>
        <translation>gund</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="380"/>
        <source>district</source>
        <translation>qeza</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="381"/>
        <source>governorate</source>
        <translation>parêzgeh</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="382"/>
        <location filename="../../ui/labels.py" line="383"/>
        <source>abduction date</source>
        <translation>dîroka revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="384"/>
        <source>abduction place</source>
        <translation>cihê revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="385"/>
        <source>status</source>
        <translation>rewş</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="386"/>
        <source>date rescued</source>
        <translation>dîroka rizgarbûnê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="387"/>
        <source>status date</source>
        <translation>dîroka rewşê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="388"/>
        <source>last known location</source>
        <translation>cihê dawî yê naskirî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="389"/>
        <source>notes</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="390"/>
        <source>case number</source>
        <translation>hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="392"/>
        <source>phone (a family contact)</source>
        <translation>telefon (têkiliyeke malbatê)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="393"/>
        <source>whom the phone reaches (name)</source>
        <translation>xwediyê telefonê (nav)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="394"/>
        <source>whom the phone reaches (relation)</source>
        <translation>xwediyê telefonê (xizmtî)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="396"/>
        <source>serial number (kept, not imported)</source>
        <translation>hejmara rêzê (tê parastin, nayê anîn)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="397"/>
        <source>ignore this column</source>
        <translation>vê stûnê paşguh bike</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/audit_words.py" line="18"/>
        <source>Record created</source>
        <translation>Tomar hate çêkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="19"/>
        <source>Edited</source>
        <translation>Hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="20"/>
        <source>Updated from a list</source>
        <translation>Ji lîsteyekê hate nûkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="21"/>
        <source>A list&apos;s row withdrawn from this record</source>
        <translation>Rêzeke lîsteyekê ji vê tomarê hate vekişandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="24"/>
        <source>Given what was said of the whole list, not in this person&apos;s row</source>
        <translation>Tiştê ji bo tevahiya lîsteyê hat gotin jê re hat dayîn, ne yê di rêza vî kesî de</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="26"/>
        <source>Merged %1 into this record</source>
        <translation>%1 bi vê tomarê re hate yekkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="27"/>
        <source>Merged into %1</source>
        <translation>Bi %1 re hate yekkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="28"/>
        <source>Split %1 out of this record</source>
        <translation>%1 ji vê tomarê hate veqetandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="29"/>
        <source>Split out of %1</source>
        <translation>Ji %1 hate veqetandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="32"/>
        <source>Other spellings from %1 set right</source>
        <translation>Rastnivîsên din ên ji %1 hatin rastkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="35"/>
        <source>Set right when this version first opened the vault</source>
        <translation>Hate rastkirin dema ku ev guherto cara yekem embar vekir</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="37"/>
        <source>Relative linked: %1</source>
        <translation>Xizmek hate girêdan: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="38"/>
        <source>Family contact added</source>
        <translation>Têkiliyek malbatê hate zêdekirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="39"/>
        <source>Family contact added from a list&apos;s phone column</source>
        <translation>Têkiliyek malbatê ji stûna telefonê ya lîsteyekê hate zêdekirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="41"/>
        <source>Family contact taken back with a list&apos;s withdrawn row</source>
        <translation>Têkiliyek malbatê bi rêzeke vekişandî ya lîsteyekê re hate vekişandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="43"/>
        <source>Photo added</source>
        <translation>Wêneyek hate zêdekirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="45"/>
        <source>Photo removed</source>
        <translation>Wêneyek hate rakirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="46"/>
        <source>Family contact removed</source>
        <translation>Têkiliyek malbatê hate rakirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="47"/>
        <source>Relative link removed: %1</source>
        <translation>Girêdana xizmtiyê hate rakirin: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="48"/>
        <source>Deleted</source>
        <translation>Hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="49"/>
        <source>Marked as not the same person as %1</source>
        <translation>Hate nîşankirin ku %1 ne heman kes e</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="50"/>
        <source>No longer marked as not the same person as %1</source>
        <translation>Êdî nayê nîşankirin ku %1 ne heman kes e</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="52"/>
        <source>Not the same person as %1: withdrawn by a merge</source>
        <translation>Biryara ku %1 ne heman kes e bi yekkirinê hate paşvekişandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="54"/>
        <source>Not the same person as %1: given back by a split</source>
        <translation>Biryara ku %1 ne heman kes e bi veqetandinê hate vegerandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="56"/>
        <source>Family contact changed</source>
        <translation>Têkiliyek malbatê hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="58"/>
        <source>Edit undone</source>
        <translation>Guhertinek hate betalkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="59"/>
        <source>Status withdrawn: %1</source>
        <translation>Rewşek hate vekişandin: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="60"/>
        <source>Rescue recorded</source>
        <translation>Rizgarkirinek hate tomarkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="61"/>
        <source>Rescue changed</source>
        <translation>Rizgarkirin hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="62"/>
        <source>Rescue ledger changed</source>
        <translation>Tomara lêçûnên rizgarkirinê hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="63"/>
        <source>Rescue deleted</source>
        <translation>Rizgarkirin hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="64"/>
        <source>Report filed</source>
        <translation>Raporek hate tomarkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="65"/>
        <source>Report changed</source>
        <translation>Rapor hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="66"/>
        <source>Report deleted</source>
        <translation>Rapor hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="67"/>
        <source>Incident recorded</source>
        <translation>Bûyerek hate tomarkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="68"/>
        <source>List read and staged for import</source>
        <translation>Lîsteyek hate xwendin û ji bo anînê hate amadekirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="69"/>
        <source>Rows of a list decided</source>
        <translation>Li ser rêzên lîsteyekê biryar hate dayîn</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="70"/>
        <source>List imported</source>
        <translation>Lîsteyek hate anîn</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="71"/>
        <source>Staged list discarded</source>
        <translation>Lîsteyeke amadekirî hate avêtin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="72"/>
        <source>A list&apos;s row withdrawn</source>
        <translation>Rêzeke lîsteyekê hate vekişandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="73"/>
        <source>Saved column mapping deleted</source>
        <translation>Rêkxistineke stûnan a tomarkirî hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="75"/>
        <source>Dossier exported</source>
        <translation>Dosyayek hate derxistin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="76"/>
        <source>Dossier printed</source>
        <translation>Dosyayek hate çapkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="77"/>
        <source>Case summary exported</source>
        <translation>Kurteya dosyayan hate derxistin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="78"/>
        <source>Case summary printed</source>
        <translation>Kurteya dosyayan hate çapkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="79"/>
        <source>Rescue report exported</source>
        <translation>Rapora operasyona rizgarkirinê hate derxistin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="80"/>
        <source>Rescue report printed</source>
        <translation>Rapora operasyona rizgarkirinê hate çapkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="81"/>
        <source>A list&apos;s rows saved to a CSV file</source>
        <translation>Rêzên lîsteyekê di pelekî CSV de hatin tomarkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="82"/>
        <source>Vault created</source>
        <translation>Xezîne hate çêkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="83"/>
        <source>Vault unlocked</source>
        <translation>Xezîne hate vekirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="84"/>
        <source>Passphrase changed</source>
        <translation>Şîfre hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="85"/>
        <source>Vault encrypted under a new key, with a new passphrase and recovery code</source>
        <translation>Xezîne bi mifteyek nû hate şîfrekirin, bi şîfreyek nû û koda vegerandinê ya nû</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="87"/>
        <source>Backup made and checked</source>
        <translation>Yedek hat girtin û kontrolkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="88"/>
        <source>Restored from a backup</source>
        <translation>Ji yedekekê hat vegerandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="89"/>
        <source>Recovery code replaced</source>
        <translation>Koda vegerandinê hate guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="91"/>
        <source>Copy left beside the vault by a restore cut off, deleted</source>
        <translation>Kopiyeke ku vegerandineke qutbûyî li kêleka xezîneyê hiştibû, hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="94"/>
        <source>Current statuses chosen again by this version</source>
        <translation>Vê guhertoyê rewşên niha ji nû ve hilbijartin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="96"/>
        <source>Reports withheld until someone judges them</source>
        <translation>Rapor hatin veşartin heta ku kesek wan binirxîne</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="98"/>
        <source>Dates kept as Excel numbers set right</source>
        <translation>Dîrokên ku wek hejmarên Excel hatibûn hilanîn hatin rastkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="99"/>
        <source>Other spellings from merges set right</source>
        <translation>Rastnivîsên din ên ji yekkirinan hatin rastkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="100"/>
        <source>List rows given back to the records split out</source>
        <translation>rêzên lîsteyan li tomarên ku hatin veqetandin hatin vegerandin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="102"/>
        <source>Statuses an earlier split left on the record kept taken back</source>
        <translation>rewşên ku veqetandineke berê li ser tomara mayî hiştibûn paş ve hatin standin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="104"/>
        <source>Earlier lists&apos; «none» and «not known» left blank in names and places</source>
        <translation>«tune» û «nayê zanîn» ên lîsteyên berê di nav û cihan de vala hatin hiştin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="106"/>
        <source>Earlier lists&apos; ages and undated statuses read again</source>
        <translation>Temen û rewşên bê dîrok ên lîsteyên berê ji nû ve hatin xwendin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="109"/>
        <source>Words of notes erased from earlier entries</source>
        <translation>Nivîsa notan ji tomarên berê hate paqijkirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="114"/>
        <source>Content erased when the record was deleted</source>
        <translation>Naveroka wê hate paqijkirin dema ku tomar hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="115"/>
        <source>(erased)</source>
        <translation>(hate paqijkirin)</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="117"/>
        <source>entries about her erased: %1</source>
        <translation>tomarên derbarê wê de ku naveroka wan hate paqijkirin: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="120"/>
        <source>notes changed</source>
        <translation>not hatin guhertin</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="123"/>
        <source>the words of the notes erased from this entry when this version first opened the vault</source>
        <translation>nivîsa notan ji vê tomarê hate paqijkirin dema ku vê guhertoyê cara yekem xezîne vekir</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="127"/>
        <source>entries erased of the words of notes: %1</source>
        <translation>tomarên ku nivîsa notan ji wan hate paqijkirin: %1</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="191"/>
        <source>linked despite their births: %1 between them</source>
        <translation>tevî jidayikbûnên wan hatin girêdan: %1 di navbera wan de</translation>
    </message>
    <message>
        <location filename="../../app/audit_words.py" line="207"/>
        <source>folders deleted: %1</source>
        <translation>peldankên jêbirî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="53"/>
        <source>The vault</source>
        <translation>Xezîne</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="56"/>
        <location filename="../../ui/history_words.py" line="57"/>
        <source>Person %1</source>
        <translation>Kes %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="58"/>
        <source>Rescue %1</source>
        <translation>Rizgarkirin %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="59"/>
        <source>Report %1</source>
        <translation>Rapor %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="60"/>
        <source>Import %1</source>
        <translation>Anîn %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="61"/>
        <source>Incident %1</source>
        <translation>Bûyer %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="62"/>
        <source>Column mapping of %1</source>
        <translation>Rêkxistina stûnan a %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="72"/>
        <source>date</source>
        <translation>dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="73"/>
        <source>from</source>
        <translation>ji ku</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="74"/>
        <source>route</source>
        <translation>rê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="75"/>
        <source>handover point</source>
        <translation>cihê radestkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="76"/>
        <source>team</source>
        <translation>tîm</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="77"/>
        <source>outcome</source>
        <translation>encam</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="78"/>
        <source>handover to family</source>
        <translation>radestkirina malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="79"/>
        <source>needs</source>
        <translation>hewcedarî</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="80"/>
        <source>notes</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="81"/>
        <source>the status it gives</source>
        <translation>rewşa ku dide</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="82"/>
        <source>who was paid</source>
        <translation>pere ji kê re hate dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="83"/>
        <source>what it was for</source>
        <translation>ji bo çi bû</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="84"/>
        <source>received</source>
        <translation>dema wergirtinê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="85"/>
        <source>observed</source>
        <translation>dema dîtinê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="86"/>
        <source>place</source>
        <translation>cih</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="87"/>
        <source>text</source>
        <translation>nivîs</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="88"/>
        <source>source</source>
        <translation>çavkanî</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="89"/>
        <source>credibility</source>
        <translation>pêbawerî</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="90"/>
        <source>whether it could identify its source</source>
        <translation>gelo dibe ku çavkaniya xwe eşkere bike</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="92"/>
        <source>name</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="93"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="94"/>
        <source>relation</source>
        <translation>xizmtî</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="95"/>
        <source>persons</source>
        <translation>kes</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="96"/>
        <source>proved false</source>
        <translation>derew derket</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="97"/>
        <source>when it proved false</source>
        <translation>kengê derew derket</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="115"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (hate zêdekirin)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="116"/>
        <source>%1: %2 (removed)</source>
        <translation>%1: %2 (hate rakirin)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="129"/>
        <source>sex: %1</source>
        <translation>zayend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="132"/>
        <source>status: %1</source>
        <translation>rewş: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="135"/>
        <location filename="../../ui/history_words.py" line="143"/>
        <source>dated %1</source>
        <translation>bi dîroka %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="137"/>
        <source>on report %1</source>
        <translation>li ser rapora %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1, bi dîroka %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="146"/>
        <source>why: a merge had made a relative&apos;s name alone one of this record&apos;s other spellings; it is now inside the whole name as that record writes it</source>
        <translation>Sedem: yekkirinekê navê xizmekî bi tenê kiribû yek ji rastnivîsên din ên vê tomarê; niha ew di nav navê temam de ye, wek ku ew tomar dinivîse</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="156"/>
        <source>import %1, row %2</source>
        <translation>anîn %1, rêz %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="158"/>
        <source>import %1</source>
        <translation>anîn %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="161"/>
        <source>reason: %1</source>
        <translation>sedem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="163"/>
        <source>note: %1</source>
        <translation>not: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="164"/>
        <source>via the command line</source>
        <translation>bi rêya rêza fermanan</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="165"/>
        <source>via the desktop program</source>
        <translation>bi rêya bernameya sermaseyê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="172"/>
        <location filename="../../ui/records_view.py" line="494"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="194"/>
        <source>none</source>
        <translation>tune</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="201"/>
        <source>%1 (not a known currency code)</source>
        <translation>%1 (ne koda pereyekî naskirî ye)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="242"/>
        <source>persons: %1</source>
        <translation>kes: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="244"/>
        <source>persons since deleted: %1</source>
        <translation>kesên ku paşê hatin jêbirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="248"/>
        <source>added: %1</source>
        <translation>hate zêdekirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="249"/>
        <source>taken off: %1</source>
        <translation>hate derxistin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="257"/>
        <source>gives no status</source>
        <translation>ti rewşê nade</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="258"/>
        <source>gives the status %1</source>
        <translation>rewşa %1 dide</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="261"/>
        <source>costs: %1</source>
        <translation>lêçûn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="269"/>
        <source>ledger changed: %1; the amounts as they were: %2</source>
        <translation>lêçûn hatin guhertin: %1; mîqdar wek berê: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="272"/>
        <source>ledger now: %1; was: %2</source>
        <translation>lêçûn niha: %1; berê: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="277"/>
        <source>source: %1</source>
        <translation>çavkanî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="279"/>
        <source>credibility: %1</source>
        <translation>pêbawerî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="283"/>
        <source>could identify its source</source>
        <translation>dibe ku çavkaniya xwe eşkere bike</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="285"/>
        <source>cannot identify its source</source>
        <translation>nikare çavkaniya xwe eşkere bike</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="274"/>
        <location filename="../../ui/history_words.py" line="297"/>
        <source>changed: %1</source>
        <translation>hate guhertin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="289"/>
        <source>no longer marked proved false</source>
        <translation>êdî wek derew nehatiye nîşankirin</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="291"/>
        <source>marked proved false %1</source>
        <translation>wek derew hate nîşankirin %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="293"/>
        <source>still marked proved false %1</source>
        <translation>hîn wek derew nîşankirî ye %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="307"/>
        <source>deleted with %1</source>
        <translation>bi %1 re hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="308"/>
        <source>records merged into it: %1</source>
        <translation>tomarên ku pê re hatibûn yekkirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="309"/>
        <source>rescues that named her: %1</source>
        <translation>rizgarkirinên ku navê wê dabûn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="310"/>
        <source>reports that named her: %1</source>
        <translation>raporên ku navê wê dabûn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="311"/>
        <source>relatives: %1</source>
        <translation>xizm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="317"/>
        <source>for: %1</source>
        <translation>ji bo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="320"/>
        <source>language: %1</source>
        <translation>ziman: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="323"/>
        <source>with a password</source>
        <translation>bi şîfreyê parastî</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="325"/>
        <source>with the recovery code</source>
        <translation>bi koda vegerandinê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="327"/>
        <source>with the passphrase</source>
        <translation>bi şîfreyê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="331"/>
        <source>audit chain head: %1</source>
        <translation>serê zincîra tomara kontrolê: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="334"/>
        <source>synthetic persons, for trying things</source>
        <translation>kesên çêkirî, ji bo ceribandinê</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="336"/>
        <source>records set right: %1</source>
        <translation>tomarên rastkirî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="339"/>
        <source>reports withheld: %1</source>
        <translation>raporên veşartî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="354"/>
        <source>rows read: %1</source>
        <translation>rêzên xwendî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="356"/>
        <source>rows: %1</source>
        <translation>rêz: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="361"/>
        <source>values the vault kept: %1</source>
        <translation>nirxên ku xezîneyê hiştin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="367"/>
        <source>row %1: %2 %3</source>
        <translation>rêz %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="369"/>
        <source>row %1: %2</source>
        <translation>rêz %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="371"/>
        <source>as row %1 (rows: %2)</source>
        <translation>wek rêza %1 (rêz: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="374"/>
        <source>%1 (rows: %2)</source>
        <translation>%1 (rêz: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="376"/>
        <source>row %1 taken back from %2</source>
        <translation>rêza %1 ji %2 hate vekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="379"/>
        <source>the record the row had made was deleted</source>
        <translation>tomara ku rêzê çêkiribû hate jêbirin</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="397"/>
        <source>Statuses from rescue %1 taken back</source>
        <translation>Rewşên ku rizgarkirina %1 dabûn hatin vekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="399"/>
        <source>Status from rescue %1: %2</source>
        <translation>Rewş ji rizgarkirina %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="405"/>
        <source>Status %1 re-dated %2 → %3, as report %4</source>
        <translation>Rewşa %1 ji nû ve hate dîrokkirin %2 → %3, wek rapora %4</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="408"/>
        <source>Status changed to %1</source>
        <translation>Rewş bû %1</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="433"/>
        <source>row %1 of import batch %2 decided a new person by hand</source>
        <translation>rêza %1 ya koma anînê %2 bi destan wek kesekî nû hate biryardan</translation>
    </message>
    <message>
        <location filename="../../ui/history_words.py" line="387"/>
        <location filename="../../ui/history_words.py" line="410"/>
        <source>Status recorded: %1</source>
        <translation>Rewşek hate tomarkirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="15"/>
        <source>the birth %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>jidayikbûn %1 wek roja xwe hate nîşandan, %2 (wek hejmara Excel a wê rojê hatibû hilanîn)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="17"/>
        <source>the date of abduction %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>dîroka revandinê %1 wek roja xwe hate nîşandan, %2 (wek hejmara Excel a wê rojê hatibû hilanîn)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="20"/>
        <source>the date of a status %1 shown as its day, %2 (it had been kept as the Excel number of that day)</source>
        <translation>dîroka rewşekê %1 wek roja xwe hate nîşandan, %2 (wek hejmara Excel a wê rojê hatibû hilanîn)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="37"/>
        <source>the birth %1 read as an age: born %2 (ages written in a birth column are now read)</source>
        <translation>jidayikbûn %1 wek temen hate xwendin: ji dayik bûye %2 (temenên di stûna jidayikbûnê de hatine nivîsîn niha tên xwendin)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="42"/>
        <source>the birth %1, read as the years %2, read as an age: born %3 (a number after a word for &apos;about&apos; in a birth column is an age, not a year written short)</source>
        <translation>jidayikbûn %1, ku wek salên %2 hatibû xwendin, wek temen hate xwendin: jidayikbûn %3 (hejmarek piştî peyva «nêzîkî» di stûna jidayikbûnê de temen e, ne saleke bi kurtî nivîsandî)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="48"/>
        <source>the status %1, which a list gave with no date, dated by %2: the day the list was read</source>
        <translation>rewşa %1, ku lîsteyekê bê dîrok dabû, bi %2 hate dîrokkirin: roja ku lîste hate xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="57"/>
        <source>why: an import of an earlier version had stored words that say none is known as names or places; they are left blank</source>
        <translation>sedem: îtxaleke guhertoyeke berê peyvên ku dibêjin «nayê zanîn» wek nav an cih tomar kiribûn; vala hatin hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="61"/>
        <source>the status %1 (%2), which came with %3, taken back: a split of an earlier version had left it here</source>
        <translation>rewşa %1 (%2) ku bi %3 re hatibû paş ve hat standin: veqetandinek di guhertoyeke berê de ew li vir hiştibû</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="66"/>
        <source>current status %1, where it was %2 (the day report %3 came in was corrected: what it tells reaches no later than that day)</source>
        <translation>Rewşa niha %1, li şûna %2 (roja ku rapora %3 hat hate rastkirin: tiştê ew dibêje ji wê rojê derbas nabe)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="72"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case; a date reaches no later than its report came in or the day it was told)</source>
        <translation>Rewşa niha %1, li şûna %2 (rewşa ku paşê hatiye gotin tê hesibandin, heke ne gaveke paşve be di rêça dozê de; dîrokek ji roja ku rapora wê hat an roja ku hate gotin derbas nabe)</translation>
    </message>
    <message>
        <location filename="../../ui/set_right_words.py" line="78"/>
        <source>current status %1, where it was %2 (a status told later counts, unless it is a step back along the case)</source>
        <translation>rewşa niha %1, li şûna %2 (rewşa ku paşê hatiye gotin tê hesibandin, heger ne gaveke paşve be di rêça dozê de)</translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <location filename="../../ui/import_changes.py" line="36"/>
        <source>%1 (Latin letters)</source>
        <translation>%1 (bi tîpên latînî)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="38"/>
        <source>%1 (Arabic script)</source>
        <translation>%1 (bi tîpên erebî)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="41"/>
        <source>other spellings</source>
        <translation>rastnivîsên din</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="43"/>
        <source>circumstances of the abduction</source>
        <translation>şert û mercên revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="45"/>
        <source>held by</source>
        <translation>li cem kê girtî ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="46"/>
        <source>sharing</source>
        <translation>parvekirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="47"/>
        <source>incident</source>
        <translation>bûyer</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="73"/>
        <source>%1: %2 (added)</source>
        <translation>%1: %2 (tê zêdekirin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="102"/>
        <source>%1: from %2 to %3</source>
        <translation>%1: ji %2 bo %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="114"/>
        <source>list “%1”</source>
        <translation>lîsteya «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="116"/>
        <source>batch %1</source>
        <translation>koma %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="118"/>
        <source>row %1</source>
        <translation>rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="119"/>
        <source>read %1</source>
        <translation>hat xwendin di %1 de</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="123"/>
        <location filename="../../ui/import_changes.py" line="151"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="168"/>
        <location filename="../../ui/sex_read.py" line="25"/>
        <source>%1, read as %2</source>
        <translation>%1, wek %2 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="172"/>
        <source>%1: the list says %2; kept as in the vault: %3</source>
        <translation>%1: lîste dibêje %2; wek di xezîneyê de dimîne: %3</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../ui/import_report.py" line="31"/>
        <source>Import batch %1 (%2): %3</source>
        <translation>Koma anînê %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="32"/>
        <location filename="../../ui/import_report.py" line="465"/>
        <source>, sheet %1</source>
        <translation>, rûpela %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="33"/>
        <source>, source %1</source>
        <translation>, çavkanî %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="34"/>
        <source>file SHA-256 %1</source>
        <translation>SHA-256 ya pelê: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="35"/>
        <source>rows read %1 (blank rows skipped: %2)</source>
        <translation>rêzên xwendî %1 (rêzên vala yên derbaskirî: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="36"/>
        <source>matching: %1</source>
        <translation>lihevanîn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="37"/>
        <source>decisions: %1</source>
        <translation>biryar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="38"/>
        <source>result: %1</source>
        <translation>encam: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="39"/>
        <source>counts reconciled: %1</source>
        <translation>hejmar li hev tên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="40"/>
        <source>sex said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>zayenda ji bo hemû kesên ku ev lîste lê zêde dike hat gotin: %1, ji %2 kesên nû re hat dayîn ku rêzên wan ew negotine</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="42"/>
        <source>status said of everyone this list adds: %1, given to %2 new person(s) whose rows did not say it</source>
        <translation>rewşa ji bo hemû kesên ku ev lîste lê zêde dike hat gotin: %1, ji %2 kesên nû re hat dayîn ku rêzên wan ew negotine</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="44"/>
        <source>sex said of everyone this list adds not given to %1 new person(s) under a section heading that says the other sex (%2): given the heading&apos;s, as each row says</source>
        <translation>zayenda ku ji bo hemû kesên ku ev lîste zêde dike hat gotin ji %1 kesên nû re nehat dayîn ku di bin sernavê beşekê de ne ku zayenda din dibêje (%2): zayenda sernavê hat dayîn, wek ku her rêz dibêje</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="47"/>
        <source>sex not given to %1 new person(s) whose row&apos;s sex cell says something not read as a sex: left unknown, the cell kept with the list&apos;s row</source>
        <translation>zayend ji %1 kesên nû re nehat dayîn ku xaneya zayendê ya rêza wan tiştekî dibêje ku wek zayend nehat xwendin: nenas ma, xane bi rêza lîsteyê re hat parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="50"/>
        <source>status not given to %1 new person(s) whose row&apos;s status cell says something not read as a status: left unknown, the cell kept with the list&apos;s row</source>
        <translation>rewş ji %1 kesên nû re nehat dayîn ku xaneya rewşê ya rêza wan tiştekî dibêje ku wek rewş nehat xwendin: nenas ma, xane bi rêza lîsteyê re hat parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="58"/>
        <source>not given to %1 probable match(es) made new persons in bulk (rows %2): each may be a woman the vault knows, listed as a possible duplicate; a row decided a new person by hand is given them</source>
        <translation>ji %1 lihevhatinên muhtemel re nehat dayîn ku bi carekê bûn kesên nû (rêzên %2): her yek dibe ku jinek be ku kasa wê nas dike, wek dubareya muhtemel hatiye nivîsîn; rêzeke ku bi destan wek kesekî nû hat biryardan wan distîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="61"/>
        <source>yes</source>
        <translation>erê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="62"/>
        <source>NO</source>
        <translation>NA</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="63"/>
        <source>file: %1</source>
        <translation>pel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="70"/>
        <source>not imported: column %1, %2 cell with a value (kept with the list&apos;s rows)</source>
        <translation>nehat anîn: stûna %1, %2 şane bi nirx (bi rêzên lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="72"/>
        <source>not imported: column %1, %2 cells with a value (kept with the list&apos;s rows)</source>
        <translation>nehat anîn: stûna %1, %2 şane bi nirx (bi rêzên lîsteyê re tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="74"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 row (kept in the list&apos;s row only)</source>
        <translation>nehat anîn: navê çaremîn di bin %1 de, navê bavê bapîrê wê, di %2 rêzê de (tenê di rêza lîsteyê de dimîne)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="76"/>
        <source>not imported: the fourth name under %1, the great-grandfather&apos;s, in %2 rows (kept in the list&apos;s rows only)</source>
        <translation>nehat anîn: navê çaremîn di bin %1 de, navê bavê bapîrê wê, di %2 rêzan de (tenê di rêzên lîsteyê de dimîne)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="78"/>
        <source>rejected row %1: %2</source>
        <translation>rêza %1 hate redkirin: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="79"/>
        <source>warning row %1: %2</source>
        <translation>hişyarî li rêza %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="81"/>
        <source>warning %1 (%2 rows): %3</source>
        <translation>hişyarî li %1 (%2 rêz): %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="82"/>
        <source>... and %1 more warnings (--json lists all)</source>
        <translation>... û %1 hişyariyên din (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="83"/>
        <source>... and %1 more rejected rows (--json lists all)</source>
        <translation>... û %1 rêzên din ên hatine redkirin (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="84"/>
        <source>... and %1 more skipped rows (--json lists all)</source>
        <translation>... û %1 rêzên din ên hatine derbaskirin (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="85"/>
        <source>skipped row %1: %2</source>
        <translation>rêza %1 hate derbaskirin: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="86"/>
        <source>%1 (row %2)</source>
        <translation>%1 (rêza %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="87"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4)</source>
        <translation>dubareya muhtemel li rêza %1: %2 hate çêkirin, lihevhatineke muhtemel bi %3 re (puan %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="98"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5</source>
        <translation>nakokî li rêza %1 (%2): %3: xezîne %4 dihêle, lîste dibêje %5</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="109"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (row withdrawn since)</source>
        <translation>nakokî li rêza %1 (%2): %3: xezîne %4 dihêle, lîste dibêje %5 (rêz ji wê demê ve hat vekişandin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="111"/>
        <source>conflict row %1 (%2): %3: vault keeps %4, list says %5 (settled since by a withdrawal)</source>
        <translation>nakokî li rêza %1 (%2): %3: xezîne %4 dihêle, lîste dibêje %5 (ji wê demê ve bi vekişandina rêzekê hat çareserkirin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="113"/>
        <source>%1, read as %2</source>
        <translation>%1, wek %2 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="115"/>
        <source>the list&apos;s %1 %2 differs from the vault&apos;s %3 (kept)</source>
        <translation>%1: ya lîsteyê %2 ji ya xezîneyê %3 cuda ye (ya xezîneyê hat hiştin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="116"/>
        <source>%1 conflict the vault already notes (from batch %2): not noted again</source>
        <translation>%1 nakokî ku xezîne berê tomar kiriye (ji koma %2): dîsa nehat tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="118"/>
        <source>%1 conflicts the vault already notes (from batch %2): not noted again</source>
        <translation>%1 nakokî ku xezîne berê tomar kirine (ji koma %2): dîsa nehatin tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="120"/>
        <source>%1 conflict repeats what an earlier row of this list said (%2): not noted again</source>
        <translation>%1 nakokî ya ku rêzeke berê ya vê lîsteyê gotibû dubare dike (%2): dîsa nehat tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="122"/>
        <source>%1 conflicts repeat what earlier rows of this list said (%2): not noted again</source>
        <translation>%1 nakokî yên ku rêzên berê yên vê lîsteyê gotibûn dubare dikin (%2): dîsa nehatin tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="124"/>
        <source>status row %1 (%2): %3 -&gt; %4</source>
        <translation>rewş li rêza %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="125"/>
        <source>status row %1 (%2): %3 -&gt; %4 (row withdrawn since)</source>
        <translation>rewş li rêza %1 (%2): %3 → %4 (rêz ji wê demê ve hat vekişandin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="127"/>
        <source>corrected by its sender row %1 (%2): %3 %4 -&gt; %5 (batch %6 row %7 -&gt; batch %8 row %9)</source>
        <translation>şandiyarê wê rast kir li rêza %1 (%2): %3 %4 -&gt; %5 (koma %6 rêza %7 -&gt; koma %8 rêza %9)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="129"/>
        <source>... and %1 more values corrected by their sender (--json lists all)</source>
        <translation>... û %1 nirxên din ku şandiyarên wan rast kirin (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="131"/>
        <source>... and %1 more status changes (--json lists all)</source>
        <translation>... û %1 guhertinên din ên rewşê (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="132"/>
        <source>row %1 matched %2, since merged into %3: %3 was updated</source>
        <translation>rêza %1 bi %2 re li hev hat, ku paşê bi %3 re hat yekkirin: %3 hate nûkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="133"/>
        <source>%1 possible duplicates: check them with %2; if two are one person, join them, e.g. row %3 with %4</source>
        <translation>%1 dubareyên muhtemel: bi %2 wan kontrol bike; eger du ji wan yek kes bin, wan yek bike, mînak rêza %3 bi %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="138"/>
        <source>possible duplicate row %1: created %2, asked about %3 only because the whole name agrees (score %4)</source>
        <translation>dubareya muhtemel li rêza %1: %2 hate çêkirin, li ser %3 tenê hat pirsîn ji ber ku navê tevahî li hev tê (puan %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="140"/>
        <source>row %1 decided a new person by hand: %2 is kept as not the same person as %3</source>
        <translation>rêza %1 bi destan wek kesekî nû hat biryardan: %2 wek ne heman kes bi %3 re tê hilanîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="142"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair with %2 before any %3</source>
        <translation>%1 dubareyên muhtemel, yek jê ne lihevhatineke muhtemel e ku tiştek her duyan ji hev cuda nake: berî her %3 her cotekê bi %2 bide ber hev</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="147"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all: %4</source>
        <translation>%1: %2 ya lîsteyê li %3 ji kesê hate paşvekişandin ji ber ku bi şaşî hatibû gotin, û dîsa nayê danîn; heke di dawiyê de rast be: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="149"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back: %6</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger şandiyar wê paşde bigire: %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="151"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one: %6, then %7</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger dîroka lîsteyê rast be: %6, paşê %7</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="154"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it with %3 (a status added after it would leave it in the person&apos;s history)</source>
        <translation>%1: rewşek ku lîsteyek li dijî ya xezînê dibêje wek têbînî tê tomarkirin, anîna lîsteyê qet wê danayne: eger rewşa %2 ya xezînê şaş be, bi %3 paşde bigire (rewşek ku piştî wê were zêdekirin wê di dîroka wê de dihêle)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="158"/>
        <source>update %1</source>
        <translation>nûkirina %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="159"/>
        <source>the same woman as row %1</source>
        <translation>heman jina rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="160"/>
        <source>decided by hand row %1: %2</source>
        <translation>biryara bi destan li rêza %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="161"/>
        <source> (was %1; changed with --override)</source>
        <translation> (berê %1 bû; bi --override hate guhertin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="162"/>
        <source>; despite %1: %2</source>
        <translation>; tevî %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="163"/>
        <source>; the given name only partly agreed: list %1, vault %2</source>
        <translation>; navê yekem tenê hinekî li hev dikir: lîste %1, xezîne %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="164"/>
        <source>... and %1 more rows decided by hand (--json lists all)</source>
        <translation>... û %1 rêzên din ên ku bi destan biryar li ser hat dayîn (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="165"/>
        <source>decided in bulk (%1): %2 %3</source>
        <translation>biryara bi komî (%1): %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="166"/>
        <source>decided with row %1, the same woman by the names: %2</source>
        <translation>biryara bi rêza %1 re (li gorî navan heman jin e): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="167"/>
        <source>row %1</source>
        <translation>rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="168"/>
        <source>rows %1</source>
        <translation>rêzên %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="169"/>
        <source> and %1 more runs (--json lists all)</source>
        <translation> û %1 rêzikên din (--json hemûyan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="170"/>
        <source>since batch %1</source>
        <translation>ji koma %1 û vir ve</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="171"/>
        <source>batch %1, a later version of this list (%2), was committed on %3: this older version is compared with the version before it, and a status it gives against the later one&apos;s is noted, not taken</source>
        <translation>koma %1, guhertoyeke nûtir a vê lîsteyê (%2), di %3 de hat tomarkirin: ev guhertoya kevntir bi guhertoya berî xwe re tê berhevkirin, û rewşa ku li dijî ya guhertoya nûtir dibêje tê nivîsîn, nayê girtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="174"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="175"/>
        <source>, rows: %1 added, %2 removed, %3 changed, %4 unchanged, %5 repeated within the list</source>
        <translation>: %1 rêz hatin zêdekirin, %2 hatin rakirin, %3 hatin guhertin, %4 nehatin guhertin, %5 di lîsteyê de dubare bûn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="177"/>
        <source>, %1 not compared (rejected or no name)</source>
        <translation>, %1 nehatin berhevkirin (redkirî an bê nav)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="178"/>
        <source> (rows in all: %1)</source>
        <translation> (%1 rêz)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="179"/>
        <source>rows are known by their names, not their numbers: %1 unchanged rows only moved to another row</source>
        <translation>rêz bi navên xwe têne naskirin, ne bi hejmarên xwe: %1 rêzên neguherî tenê çûn hejmareke rêzê ya din</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="183"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="184"/>
        <source>rows whose status changed</source>
        <translation>rêzên ku rewşa wan guherî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="185"/>
        <source>other changed rows</source>
        <translation>rêzên din ên guherî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="186"/>
        <source>added row %1: %2</source>
        <translation>rêza zêdekirî %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="187"/>
        <source>removed row %1 of batch %2: %3</source>
        <translation>rêza rakirî %1 ya koma %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="189"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="130"/>
        <location filename="../../ui/import_report.py" line="190"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="191"/>
        <source>; no longer given: %1</source>
        <translation>; êdî nayê dayîn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="192"/>
        <source>changed row %1 (was row %2): %3: %4</source>
        <translation>rêza guherî %1 (berê rêza %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="196"/>
        <source>%1 (a ditto of row %2)</source>
        <translation>%1 (nîşana dubarekirinê ya rêza %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="197"/>
        <source>%1 (a ditto of row %2, read again: that import kept no reading of it)</source>
        <translation>%1 (nîşana dubarekirinê ya rêza %2, ji nû ve hat xwendin: wê veguhestinê xwendina wê nehiştibû)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="199"/>
        <source>%1 (a ditto with no row above it to repeat)</source>
        <translation>%1 (nîşana dubarekirinê ku rêzek li jor wê tune ye ku dubare bike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="200"/>
        <source>%1 (a ditto mark, not read: that import kept no reading of it, nor every row above it)</source>
        <translation>%1 (nîşana dubarekirinê, nehat xwendin: wê veguhestinê ne xwendina wê û ne hemû rêzên li jor wê hiştibûn)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="202"/>
        <source>no longer given in row %1 (was row %2): %3: %4</source>
        <translation>êdî nayê dayîn li rêza %1 (berê rêza %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="203"/>
        <source>columns no longer in the list: %1</source>
        <translation>stûnên ku êdî ne di lîsteyê de ne: %1</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="125"/>
        <location filename="../../ui/import_report.py" line="204"/>
        <location filename="../../ui/import_report.py" line="1067"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="205"/>
        <source>a cell left blank or a column left out is not a change: the vault keeps what earlier versions gave (`person show` lists their rows)</source>
        <translation>şaneyeke vala hiştî an stûneke derxistî ne guhertin e: xezîne tiştê ku guhertoyên berê dabûn dihêle (`person show` rêzên wan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="208"/>
        <source>repeated row %1: %2, as row %3</source>
        <translation>rêza dubare %1: %2, wek rêza %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="209"/>
        <location filename="../../ui/list_changes.py" line="153"/>
        <source>(no name)</source>
        <translation>(bê nav)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="210"/>
        <source>added rows</source>
        <translation>rêzên zêdekirî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="211"/>
        <source>removed rows</source>
        <translation>rêzên rakirî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="212"/>
        <source>changed rows</source>
        <translation>rêzên guherî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="213"/>
        <source>repeated rows</source>
        <translation>rêzên dubare</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="214"/>
        <source>rows with a cell left blank</source>
        <translation>rêzên bi şaneyeke vala</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="215"/>
        <source>... %1 more %2 (--json lists up to 500)</source>
        <translation>... %1 %2 yên din (--json heta 500 rêz dike)</translation>
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
        <translation>biryar: derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="218"/>
        <source>a repeat of row %1, which was skipped</source>
        <translation>dubareya rêza %1, ku hate derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="224"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="225"/>
        <source>none</source>
        <translation>tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="249"/>
        <source>below the line on row %1, which ends the list: check that this row is a person</source>
        <translation>di binê xeta li rêza %1 de ye, ku dawiya lîsteyê ye: kontrol bike ku ev rêz kesek e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="254"/>
        <source>column %1: %2 lost letters (&apos;?&apos;) to the cp1256 encoding; the text is kept</source>
        <translation>stûna %1: %2 hin tîp winda kirin (&apos;?&apos;) ji ber kodkirina cp1256; nivîs tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="256"/>
        <source>column %1: %2 read as %3; %4 may be a family name: it begins with the article (ال, al) but has no clan ending (-ي, -ية, -اني, -وي; -i)</source>
        <translation>stûna %1: %2 wiha hat xwendin: %3; dibe ku %4 paşnav be: bi pêşgira (ال, al) dest pê dike lê dawiya navê eşîrê tune (-ي, -ية, -اني, -وي; -i)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="258"/>
        <source>column %1: %2 is the name of a village; check that the name and the village are not in each other&apos;s columns</source>
        <translation>stûna %1: %2 navê gundekî ye; kontrol bike ku nav û gund ne di stûnên hev de ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="260"/>
        <source>column %1: sex %2 not recognised; left unknown</source>
        <translation>stûna %1: zayenda %2 nehat naskirin; wek nenas ma</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="261"/>
        <source>column %1: status %2 not recognised; no status is set from it (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: rewşa %2 nehat naskirin; tu rewş jê nayê danîn (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="263"/>
        <source>column %1: status date in %2 is in the future; the status is kept without it</source>
        <translation>stûna %1: dîroka rewşê di %2 de di pêşerojê de ye; rewş bêyî wê tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="265"/>
        <source>column %1: date rescued %2 is not a date that can be read (or lies in the future); no rescue is taken from it (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: dîroka rizgarbûnê %2 ne dîrokeke ku were xwendin e (an di pêşerojê de ye); tu rizgarbûn jê nayê girtin (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="268"/>
        <source>column %1: date rescued %2 beside a status that was not recognised; no rescue is taken from it</source>
        <translation>stûna %1: dîroka rizgarbûnê %2 li kêleka rewşeke ku nehat naskirin; tu rizgarbûn jê nayê girtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="272"/>
        <source>column %1: date rescued %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>stûna %1: dîroka rizgarbûnê %2 ne dîroka di rewşê de ye (%3); dîroka rewşê bi xwe tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="274"/>
        <source>column %1: date rescued %2, but the status is %3; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>stûna %1: dîroka rizgarbûnê %2, lê rewş: %3; dîrok nayê anîn (di rêza xav a lîsteyê de tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="282"/>
        <source>column %1: %2 is not a date we can read; the text is kept</source>
        <translation>stûna %1: %2 ne dîrokeke ku em bikarin bixwînin e; nivîs tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="283"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to a person deleted since: it is decided anew, as a row not seen before</source>
        <translation>heman rêz wek di importa dawî ya vê lîsteyê de (koma %1, rêza %2) çû ser kesekî ku ji wê demê ve hat jêbirin: ji nû ve li ser tê biryardan, wek rêzeke ku berê nehatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="286"/>
        <source>the same row as in the last import of this list (batch %1, row %2) went to %3, which %4 was merged into and split out of since, without telling which of the two the row is: it is decided anew, by the names, and asked</source>
        <translation>heman rêz di anîna dawî ya vê lîsteyê de (koma %1, rêza %2) çû ser %3, ku %4 bi wê re hatibû yekkirin û ji hingê ve jê hatiye veqetandin, bêyî ku diyar bibe ku rêz ya kîjan ji herduyan e: ji nû ve, li gorî navan, tê biryardan û tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="296"/>
        <source>the record this row was matched to was deleted when row %1 of import batch %2 was withdrawn from it: matched again against the vault as it is now; decide again</source>
        <translation>tomara ku ev rêz pê re hatibû lihevanîn hate jêbirin dema ku rêza %1 ya koma anînê %2 jê hate vekişandin: rêz ji nû ve bi xezîneyê re wek ku niha ye hate berhevdan; dîsa biryar bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="302"/>
        <source>column %1: %2 lies in the future; the text is kept</source>
        <translation>stûna %1: %2 di pêşerojê de ye; nivîs tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="303"/>
        <source>column %1: %2 would be %3 as an Excel date number, which cannot be this date; the text is kept, with no date read from it</source>
        <translation>stûna %1: %2 wek hejmara dîrokê ya Excel dibe %3, ku nikare ev dîrok be; nivîs tê parastin, bê ku dîrokek jê were xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="305"/>
        <source>column %1: %2 read as the year %3: the cell held the number %3 shown as a date</source>
        <translation>stûna %1: %2 wek sala %3 hate xwendin: di xaneyê de hejmara %3 hebû, ku wek dîrok dihat nîşandan</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="307"/>
        <source>column %1: %2 may be %3 (day first) or %4 (month first), and this column writes dates both ways: read as the year %5 only; check which is meant</source>
        <translation>stûna %1: dibe ku %2 %3 be (bi roja pêşî) an %4 (bi meha pêşî), û ev stûn dîrokan bi herdu awayan dinivîse: tenê wek sala %5 hate xwendin; kontrol bike ka kîjan rast e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="310"/>
        <source>column %1: %2 is before %3, when the abductions from Sinjar began; check the row</source>
        <translation>stûna %1: %2 berî %3 ye, roja ku revandinên li Şingalê dest pê kirin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="312"/>
        <source>column %1: %2 gives the year in two digits and was read as %3, but it may be %4; check which is meant</source>
        <translation>stûna %1: sal di %2 de bi du reqeman hatiye nivîsîn û dîrok wek %3 hate xwendin, lê dibe ku %4 be; kontrol bike ka kîjan rast e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="315"/>
        <source>column %1: %2 gives the year in two digits and was read as %3; check that this is the year meant</source>
        <translation>stûna %1: sal di %2 de bi du reqeman hatiye nivîsîn û dîrok wek %3 hate xwendin; kontrol bike ka ev sala rast e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="318"/>
        <source>column %1: %2 puts the birth after the abduction, %3 in column %4; check the row</source>
        <translation>stûna %1: li gorî %2 jidayikbûn piştî dîroka revandinê ye, ku di stûna %4 de %3 e; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="333"/>
        <source>column %1: %2 is read as an age, as the column&apos;s numbers are ages, not years: born %3; check the row</source>
        <translation>stûna %1: %2 wek temen hate xwendin, ji ber ku hejmarên vê stûnê temen in, ne sal: jidayikbûn %3; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="335"/>
        <source>column %1: %2 is read as the year %3, as the column writes years in two digits, but it may be an age; check the row</source>
        <translation>stûna %1: %2 wek sala %3 hate xwendin, ji ber ku ev stûn salan bi du reqeman dinivîse, lê dibe ku temen be; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="345"/>
        <source>column %1: %2 may be an age or a year written short, and the column does not say which: not read as a date, the text is kept; check the row</source>
        <translation>stûna %1: dibe ku %2 temen be an saleke bi kurtî hatiye nivîsîn, û stûn nabêje kîjan e: wek dîrok nehat xwendin, nivîs wek xwe tê parastin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="348"/>
        <source>column %1: %2 is read as an age (born %3), but it may be the year %4; check the row</source>
        <translation>stûna %1: %2 wek temen hate xwendin (jidayikbûn %3), lê dibe ku sala %4 be; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="355"/>
        <source>column %1: %2 is an age, not a date of birth: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 temen e, ne dîroka jidayikbûnê: jidayikbûn wek %3 hate xwendin (şane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="357"/>
        <source>column %1: %2 is a year, not an age: read as born %3 (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 sal e, ne temen: jidayikbûn wek %3 hate xwendin (şane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="362"/>
        <source>column %1: the status %2 is said only of a woman: read as female (the list gives no sex)</source>
        <translation>stûna %1: rewşa %2 tenê ji bo jinekê tê gotin: wek mê hat xwendin (lîste zayendê nabêje)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="364"/>
        <source>sex read as %3 from the section heading %1 of row %2 (the row gives no sex)</source>
        <translation>zayend wek %3 hat xwendin ji sernavê beşê %1 yê rêza %2 (rêz zayendê nabêje)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="366"/>
        <source>column %1: %2 is read as %3, but the section heading %4 of row %5 says %6: the row&apos;s own is kept; check the row</source>
        <translation>stûna %1: %2 wek %3 tê xwendin, lê sernavê beşê %4 yê rêza %5 dibêje %6: ya ku rêz bi xwe dibêje hat hiştin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="368"/>
        <source>column %1: %2 is not a name; not taken</source>
        <translation>stûna %1: %2 ne nav e; nehat girtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="369"/>
        <source>column %1: %2: %3 does not spell the name; it stays in the list&apos;s values only</source>
        <translation>stûna %1: %2: %3 ne rastnivîsa navî ye; tenê di nirxên lîsteyê de dimîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="371"/>
        <source>column %1: %2 holds two spellings; %3 is the name, %4 an alias</source>
        <translation>stûna %1: di %2 de du rastnivîs hene; %3 nav e, %4 navekî din e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="372"/>
        <source>column %1: %2 holds two spellings; %3 is kept, %4 stays in the list&apos;s values only</source>
        <translation>stûna %1: di %2 de du rastnivîs hene; %3 tê parastin, %4 tenê di nirxên lîsteyê de dimîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="374"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 as an alias</source>
        <translation>stûna %1: %2 ji %3 ya di stûna %4 de cuda ye, her du jî %5 ne bi heman nivîsê: %3 wek %5 tê parastin, %2 wek navekî din</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="376"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 inside an alias of the whole name, %6</source>
        <translation>stûna %1: %2 ji %3 ya di stûna %4 de cuda ye, her du jî %5 ne bi heman nivîsê: %3 wek %5 tê parastin, %2 di navekî din de ku navê temam e, %6</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="378"/>
        <source>column %1: %2 differs from %3 in column %4, both the %5 in one script: %3 is kept as the %5, %2 stays in the list&apos;s row only</source>
        <translation>stûna %1: %2 ji %3 ya di stûna %4 de cuda ye, her du jî %5 ne bi heman nivîsê: %3 wek %5 tê parastin, %2 tenê di rêza lîsteyê de dimîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="392"/>
        <source>column %1: %2 repeats row %3: %4</source>
        <translation>stûna %1: %2 rêza %3 dubare dike: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="393"/>
        <source>column %1: %2 repeats the cell above, but this is the list&apos;s first row: left blank</source>
        <translation>stûna %1: %2 xaneya li jor dubare dike, lê ev rêza yekem a lîsteyê ye: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="395"/>
        <source>column %1: %2 repeats row %3, whose cell is blank: left blank</source>
        <translation>stûna %1: %2 rêza %3 dubare dike, ku xaneya wê vala ye: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="397"/>
        <source>column %1: %2 repeats the row above, row %3, which is a heading, not a person: left blank; check the row</source>
        <translation>stûna %1: %2 rêza li jor dubare dike, rêza %3, ku sernivîsek e, ne kesek: vala hat hiştin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="399"/>
        <source>column %1: %2 repeats the row above, which this row, read again alone, does not have: left blank</source>
        <translation>stûna %1: %2 rêza li jor dubare dike, ku ev rêz, bi tena serê xwe ji nû ve hatiye xwendin, tune ye: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="401"/>
        <source>column %1: %2 says the same as the row above, but who the person is (a name of their own, a case number) is never copied from another row: it would make a second record of the person above; left blank, check the row</source>
        <translation>stûna %1: %2 dibêje wek rêza li jor, lê ya ku kesê dide nasîn (navê wî/wê yê xwe, hejmara dosyayê) qet ji rêzeke din nayê kopîkirin: ew ê tomareke duyem a kesê li jor çêbike; vala hat hiştin, rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="405"/>
        <source>column %1: %2 is what a program writes for an empty cell: left blank</source>
        <translation>stûna %1: %2 ew e ku bernameyek ji bo şaneyeke vala dinivîse: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="407"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file): left out; ask the sender for a copy with values</source>
        <translation>stûna %1: %2 xeletiyeke tabloyê ye (formuleke xirabe di pelê şandiyar de): hat derxistin; ji şandiyar kopiyeke bi nirxan bixwaze</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="410"/>
        <source>column %1: %2 is a spreadsheet error (a broken formula in the sender&apos;s file), not a name, and the row has no other name: not imported; ask the sender for a copy with values</source>
        <translation>stûna %1: %2 xeletiyeke tabloyê ye (formuleke xirabe di pelê şandiyar de), ne nav e, û di rêzê de navekî din tune: nehat anîn; ji şandiyar kopiyeke bi nirxan bixwaze</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="417"/>
        <source>column %1: %2 is a kunya (mother of %3), not her given name: read as her nickname; her given name is not in the list</source>
        <translation>stûna %1: %2 leqeb e (diya %3), ne navê wê yê yekem e: wek leqeba wê hat xwendin; navê wê yê yekem di lîsteyê de tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="464"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="466"/>
        <source>, row %1</source>
        <translation>, rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="467"/>
        <source>, column %1</source>
        <translation>, stûna %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="468"/>
        <source>not UTF-8; read as Windows Arabic (cp1256). That encoding cannot hold the Sorani letters %1</source>
        <translation>ne UTF-8 e; bi kodkirina erebî ya Windows (cp1256) hat xwendin. Ew kodkirin nikare tîpên soranî %1 bihewîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="479"/>
        <source>the cell holds a line break (from line %1 of the file); if that is not meant, a quote is out of place</source>
        <translation>di şaneyê de rêzeke nû heye (ji rêza %1 a pelê); heke ev ne bi mebest be, nîşaneke gotinê ne li cihê xwe ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="481"/>
        <source>&apos;?&apos; inside Arabic-script text: a Sorani letter was lost when the file was saved as Windows Arabic (cp1256); ask for a UTF-8 copy</source>
        <translation>&apos;?&apos; di nav nivîsa bi tîpên erebî de: dema pel bi kodkirina erebî ya Windows (cp1256) hat tomarkirin, tîpeke soranî winda bû; kopiyeke UTF-8 bixwaze</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="483"/>
        <source>%1 cells in all have &apos;?&apos; inside Arabic-script text (lost Sorani letters)</source>
        <translation>bi giştî di %1 şaneyan de &apos;?&apos; di nav nivîsa bi tîpên erebî de heye (tîpên soranî yên winda)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="485"/>
        <source>cells %1 are merged; the value was repeated on each of their rows</source>
        <translation>şaneyên %1 bi hev re hatine yekkirin; nirx li her rêzeke wan hat dubarekirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="496"/>
        <source>read sheet %1; passed over %2</source>
        <translation>rûpela %1 hat xwendin; %2 hatin derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="497"/>
        <source>read sheet %1, the one that holds a list; passed over %2</source>
        <translation>rûpela %1 hat xwendin, ya ku lîsteyê digire; %2 hatin derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="498"/>
        <source>column %1: %2 was not read as a telephone number (letters, or too few digits); no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 wek hejmareke telefonê nehat xwendin (tîp tê de hene, an jî hejmarên wê pir kêm in); têkiliyek jê nayê çêkirin (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="501"/>
        <source>column %1: %2 is a date, not a telephone number; no contact is made from it (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 dîrok e, ne hejmareke telefonê ye; têkiliyek jê nayê çêkirin (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="503"/>
        <source>column %1: %2 names whom to call, but the row gives no telephone number; no contact is made (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 navê kesê ku were gazîkirin dide, lê rêz tu hejmareke telefonê nade; têkiliyek nayê çêkirin (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="515"/>
        <source>family contacts added from the phone column: %1 (%2)</source>
        <translation>têkiliyên malbatê yên ji stûna telefonê hatin zêdekirin: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="516"/>
        <source>family contacts from the phone column: %1 would be added, %2 already among the person&apos;s contacts, %3 on rows waiting for a decision</source>
        <translation>têkiliyên malbatê ji stûna telefonê: %1 dê werin zêdekirin, %2 jixwe di têkiliyên kesî de ne, %3 di rêzên ku li benda biryarê ne de ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="519"/>
        <source>numbers already among the person&apos;s family contacts, not added again: %1 (%2)</source>
        <translation>hejmarên ku jixwe di têkiliyên malbata wê de ne, dîsa nehatin zêdekirin: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="530"/>
        <source>%1 below the list is %2 line, not a person; not imported</source>
        <translation>%1 di binê lîsteyê de rêza %2 ye, ne kesek e; nayê anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="531"/>
        <source>%1 below the line on row %2 is a number, not a person; not imported</source>
        <translation>%1 di binê xeta rêza %2 de hejmarek e, ne kesek e; nayê anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="533"/>
        <source>no name in any name column</source>
        <translation>di tu stûna navan de nav tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="534"/>
        <source>column %1: %2 names two persons, %3 and %4; not imported: split it into one row for each and import the list again</source>
        <translation>stûna %1: %2 navê du kesan dide, %3 û %4; nayê anîn: wê bike rêzek ji bo her yekê û lîsteyê dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="544"/>
        <source>column %1: %2 is a count, not a person: a totals line; not imported</source>
        <translation>stûna %1: %2 hejmarek e, ne kesek e: rêza giştî ye; nayê anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="555"/>
        <source>column %1: %2 holds a number, which no name does; not imported: check the row and import the list again</source>
        <translation>stûna %1: di %2 de hejmarek heye, ku di tu navî de nîne; nayê anîn: rêzê kontrol bike û lîsteyê dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="557"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; import a UTF-8 copy of the list</source>
        <translation>stûna %1: %2 hin tîp winda kirin (&apos;?&apos;): pel bi kodkirina erebî ya Windows (cp1256) hatiye tomarkirin, ku nikare tîpên soranî bihewîne; kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="144"/>
        <source>a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, set it on the person&apos;s page or with %1</source>
        <translation>rewşek ku lîsteyek li dijî ya xezînê dibêje wek not tê tomarkirin, anîna lîsteyê qet wê danayne: eger rast be, li ser rûpela kesî an bi %1 deyne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="53"/>
        <source>status not given to %1 probable match(es) made new persons in bulk (rows %2): the record each resembles is rescued, reunited or deceased, and she may be that woman, whom the list&apos;s status would count among the held a second time; given the sex; a row decided a new person by hand is given the status</source>
        <translation>Rewş nehat dayîn %1 lihevhatinên muhtemel ên ku bi carekê bûn kesên nû (rêzên %2): qeyda ku her yek dişibiyê rizgarkirî, gihîştî malbatê an mirî ye, û dibe ku ew heman jin be, ku rewşa lîsteyê dê wê careke din di nav girtiyan de bijmêre; zayend hat dayîn; rêzeke ku bi destan wek kesekî nû hat biryardan rewşê distîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="64"/>
        <source>not imported: column %1, %2 number that is not this vault&apos;s case number (%3): kept with the list&apos;s rows only, not on the record, and not found by search</source>
        <translation>nehat anîn: stûna %1, %2 hejmar ku ne hejmara dozê ya vê xezîneyê ye (%3): tenê bi rêzên lîsteyê re tê parastin, ne li ser tomarê, û lêgerîn wê nabîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="67"/>
        <source>not imported: column %1, %2 numbers that are not this vault&apos;s case numbers (such as %3): kept with the list&apos;s rows only, not on the records, and not found by search</source>
        <translation>nehatin anîn: stûna %1, %2 hejmar ku ne hejmarên dozê yên vê xezîneyê ne (wek %3): tenê bi rêzên lîsteyê re tên parastin, ne li ser tomaran, û lêgerîn wan nabîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="90"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); a merge refuses: they disagree on %5</source>
        <translation>dubareya muhtemel li rêza %1: %2 hate çêkirin, lihevhatineke muhtemel bi %3 re (puan %4); yekkirin red dike: di %5 de ji hev cuda ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="93"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); the two are merged since</source>
        <translation>dubareya muhtemel li rêza %1: %2 hate çêkirin, lihevhatineke muhtemel bi %3 re (puan %4); her du piştre hatin yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="96"/>
        <source>possible duplicate row %1: created %2, a probable match with %3 (score %4); marked not the same person since</source>
        <translation>dubareya muhtemel li rêza %1: %2 hate çêkirin, lihevhatineke muhtemel bi %3 re (puan %4); piştre hate nîşankirin ku ne heman kes in</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="99"/>
        <source>not taken as its sender&apos;s correction: row %1 of batch %2 (%3) gives %4 too</source>
        <translation>wek rastkirina şandêrê wê nehat girtin: rêza %1 ya koma %2 (%3) jî %4 dide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="102"/>
        <source>conflict within the list: %1 go to %2 and disagree on her status: %3; ask its sender which holds</source>
        <translation>nakokî di nav lîsteyê de: %1 diçin ser %2 û li ser rewşa wê ne yek in: %3; ji şandiyarê wê bipirse kîjan rast e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="104"/>
        <source>conflict within the list: %1, one woman by the names, disagree on her status: %2; ask its sender which holds</source>
        <translation>nakokî di nav lîsteyê de: %1, li gor navan jinek tenê, li ser rewşa wê ne yek in: %2; ji şandiyarê wê bipirse kîjan rast e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="106"/>
        <source>%1 in row %2</source>
        <translation>%1 di rêza %2 de</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="107"/>
        <source>... and %1 more women on whom the list disagrees: each is said in the details of her rows, and the import&apos;s report lists all</source>
        <translation>... û %1 jinên din ku lîste li ser wan ne yek e: her yek di hûrguliyên rêzên wê de tê gotin, û rapora anînê hemûyan rêz dike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="136"/>
        <source>%1 possible duplicates: check them with %2; a merge refuses each of them as they stand (why is said above)</source>
        <translation>%1 dubareyên muhtemel: bi %2 wan kontrol bike; yekkirin her yekê ji wan wekî niha red dike (sedem li jor hatiye gotin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="157"/>
        <source>; that alone does not give the person the list&apos;s %1: then %2</source>
        <translation>; ev bi tenê rewşa %1 ya lîsteyê nade wê: paşê %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="181"/>
        <source>rows are known by their names, not their numbers: %1 unchanged row only moved to another row</source>
        <translation>rêz bi navên xwe têne naskirin, ne bi hejmarên xwe: %1 rêza neguherî tenê çû hejmareke rêzê ya din</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="193"/>
        <source>changed row %1 (was row %2, spelt otherwise; a probable match that waits for your decision): %3: %4</source>
        <translation>rêza guherî %1 (berê rêza %2, bi rastnivîseke din; lihevhatineke muhtemel e ku li benda biryara te ye): %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="219"/>
        <source>at the commit, before the rows withdrawn since: decisions: %1; result: %2</source>
        <translation>di dema tomarkirinê de, berî rêzên ku ji wê demê ve hatin vekişandin: biryar: %1; encam: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="221"/>
        <source> (row withdrawn since)</source>
        <translation> (rêz ji wê demê ve hat vekişandin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="222"/>
        <source>skipped again: the same row as batch %1, row %2, skipped by hand</source>
        <translation>dîsa hat derbaskirin: heman rêza koma %1, rêza %2, ku bi destan hatibû derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="228"/>
        <source>column %1: status %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; no status is set from it (the cell is kept with the list&apos;s row): set the status by hand, or import a UTF-8 copy of the list</source>
        <translation>stûna %1: rewşa %2 tîp winda kirine (&apos;?&apos;): pel wek Erebiya Windows (cp1256) hatiye tomarkirin, ku tîpên soranî û ş ya kurmancî nagire; ti rewş jê nayê danîn (şane bi rêza lîsteyê re dimîne): rewşê bi destan deyne, an kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="232"/>
        <source>column %1: sex %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the sex is left unknown (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>stûna %1: zayenda %2 tîp winda kirine (&apos;?&apos;): pel wek Erebiya Windows (cp1256) hatiye tomarkirin, ku tîpên soranî û ş ya kurmancî nagire; zayend nenas dimîne (şane bi rêza lîsteyê re dimîne): bi destan deyne, an kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="236"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters or the Kurmanji ş; the %3 is left out (the cell is kept with the list&apos;s row): set it by hand, or import a UTF-8 copy of the list</source>
        <translation>stûna %1: %2 tîp winda kirine (&apos;?&apos;): pel wek Erebiya Windows (cp1256) hatiye tomarkirin, ku tîpên soranî û ş ya kurmancî nagire; %3 nayê danîn (şane bi rêza lîsteyê re dimîne): bi destan deyne, an kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="240"/>
        <source>row %1 of this list gives the same names, but the birth years are %2 years apart: not taken for the same woman unasked; decide each row on its own</source>
        <translation>rêza %1 ya vê lîsteyê heman navan dide, lê salên jidayikbûnê %2 sal ji hev dûr in: bê pirsîn wek heman jin nehatin girtin; ji bo her rêzê bi serê xwe biryar bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="243"/>
        <source>row %1 of this list gives the same names, but the two disagree on %2: not taken for the same woman unasked; decide each row on its own</source>
        <translation>rêza %1 ya vê lîsteyê heman navan dide, lê her du di %2 de ji hev cuda ne: bê pirsîn wek heman jin nehatin girtin; ji bo her rêzê bi serê xwe biryar bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="246"/>
        <source>column %1: no given name in this row; it names the person only by names that brothers and sisters share: check the row</source>
        <translation>stûna %1: di vê rêzê de navê yekem tune; rêz kesî tenê bi navên ku xwişk û bira parve dikin bi nav dike: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="251"/>
        <source>below the line on row %1 (%2), which ends the list: the name of whoever signed it, perhaps, or a person named after its end; it waits for a decision of its own</source>
        <translation>di bin rêza %1 (%2) de ye, ku lîste pê diqede: dibe ku navê yê ku ew îmze kiriye be, an kesek ku piştî dawiya wê hatiye gotin; li benda biryareke taybet a xwe ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="270"/>
        <source>column %1: date rescued %2 is before the abduction (%3); check the row</source>
        <translation>stûna %1: dîroka rizgarbûnê %2 berî revandinê ye (%3); rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="276"/>
        <source>column %1: status date %2 is not a date that can be read (or lies in the future); the status is kept without it</source>
        <translation>stûna %1: dîroka rewşê %2 ne dîrokeke ku were xwendin e (an di pêşerojê de ye); rewş bêyî wê tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="278"/>
        <source>column %1: status date %2, but the row gives no status that was read; the date is not imported (kept in the list&apos;s raw row)</source>
        <translation>stûna %1: dîroka rewşê %2, lê rêz tu rewşeke ku hatibe xwendin nade; dîrok nayê anîn (di rêza xav a lîsteyê de tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="280"/>
        <source>column %1: status date %2 is not the date in the status (%3); the status&apos;s own date is kept</source>
        <translation>stûna %1: dîroka rewşê %2 ne dîroka di rewşê de ye (%3); dîroka rewşê bi xwe tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="290"/>
        <source>the same row as one skipped by hand in an earlier version of this list (batch %1, row %2), cell for cell: skipped again (if it is a person, add the person by hand)</source>
        <translation>heman rêz e, xane bi xane, wek rêzeke ku di guhertoyeke berê ya vê lîsteyê de bi destan hat derbaskirin (koma %1, rêza %2): dîsa tê derbaskirin (heke kes be, kesê bi destan zêde bike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="293"/>
        <source>a row of these names was skipped by hand in an earlier version of this list (batch %1, row %2); its cells changed since: it waits for a decision</source>
        <translation>rêzeke bi van navan di guhertoyeke berê ya vê lîsteyê de bi destan hat derbaskirin (koma %1, rêza %2); xaneyên wê ji wê demê ve guherîn: li benda biryarekê ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="299"/>
        <source>taken for a person whose record was deleted since: the row&apos;s values were erased with that record; not imported (the list&apos;s file still holds the row)</source>
        <translation>ji bo kesekî hat hesibandin ku tomara wê ji wê demê ve hat jêbirin: nirxên rêzê bi wê tomarê re hatin jêbirin; nayê anîn (pela lîsteyê hîn rêzê dihewîne)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="320"/>
        <source>column %1: %2 puts the birth after the abduction (%3 in column %4): the birth is not read as a date, its text is kept; a child born in captivity may be listed with the mother&apos;s abduction: check the row</source>
        <translation>stûna %1: li gorî %2 jidayikbûn piştî dîroka revandinê ye (%3 di stûna %4 de): jidayikbûn wek dîrok nehat xwendin, nivîsa wê wek xwe tê parastin; zarokek ku di dîlîtiyê de hatiye dinyayê dibe ku bi dîroka revandina diya xwe hatibe nivîsîn: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="324"/>
        <source>column %1: %2 would put the birth in %3, after the abductions from Sinjar in %4: the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>stûna %1: li gorî %2 jidayikbûn dikeve %3, piştî revandinên li Şingalê di %4 de: jidayikbûn wek dîrok nehat xwendin, nivîsa wê wek xwe tê parastin; zarokek ku di dîlîtiyê de hatiye dinyayê dibe ku wiha hatibe nivîsîn: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="328"/>
        <source>column %1: %2 would put the birth on or after %3, the day the abductions from Sinjar began: perhaps the abduction date, written under the birth; the birth is not read as a date, its text is kept; a child born in captivity may be listed so: check the row</source>
        <translation>stûna %1: li gorî %2 jidayikbûn dikeve %3 an piştî wê, roja ku revandinên li Şingalê dest pê kirin: dibe ku ew dîroka revandinê be, di cihê jidayikbûnê de hatiye nivîsîn; jidayikbûn wek dîrok nehat xwendin, nivîsa wê wek xwe tê parastin; zarokek ku di dîlîtiyê de hatiye dinyayê dibe ku wiha hatibe nivîsîn: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="337"/>
        <source>not imported: column %1, headed birth (the woman&apos;s or a child&apos;s), but only %2 of its %3 cells with a value are dates or years of birth: it may be of children born in captivity, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>nehat anîn: stûna %1, sernavê wê zayîn e, ya wê an ya zarokekî, lê tenê %2 ji %3 şaneyên wê yên bi nirx dîrok an salên jidayikbûnê ne: dibe ku li ser zarokên di êsîriyê de ji dayik bûne be, loma yek jî wek jidayikbûna wê nayê xwendin (bi rêzên lîsteyê re tên parastin; heke ya wê be bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="341"/>
        <source>not imported: column %1 (cells with a value: %2), headed births of children, births in captivity or a count of births, so none is read as the woman&apos;s birth (kept with the list&apos;s rows; map it by hand if it is the woman&apos;s)</source>
        <translation>nehat anîn: stûna %1 (şaneyên bi nirx: %2), sernavê wê li ser zayîna zarokan, zayînên di êsîriyê de an hejmara zayînan e, loma yek jî wek jidayikbûna wê nayê xwendin (bi rêzên lîsteyê re tên parastin; heke ya wê be bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="350"/>
        <source>column %1: age %2 is not an age (0 to %3); the birth is left blank (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: temena %2 ne temen e (0 heta %3); jidayikbûn vala dimîne (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="352"/>
        <source>column %1: %2 is a number with a word not read as years, months, weeks or days; the birth is left blank rather than guessed (the cell is kept with the list&apos;s row)</source>
        <translation>stûna %1: %2 hejmarek e bi peyvekê ku wek sal, meh, hefte an roj nayê xwendin; jidayikbûn vala dimîne, li şûna ku were texmînkirin (xane bi rêza lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="359"/>
        <source>column %1: %2 is more than a given name, and the row has no father&apos;s, grandfather&apos;s or family name: read as the whole name, %3; check the row</source>
        <translation>stûna %1: %2 ji navê yekem zêdetir e, û di rêzê de navê bav, bapîr an malbatê tune: wek navê tevahî hat xwendin, %3; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="380"/>
        <source>column %1: %2 is the day of the abduction (%3 in column %4): perhaps the abduction date written twice; the birth is not read as a date, its text is kept: check the row</source>
        <translation>stûna %1: %2 roja revandinê ye (%3 di stûna %4 de): belkî dîroka revandinê du caran hatiye nivîsîn; jidayikbûn wek dîrok nayê xwendin, nivîsa wê tê parastin: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="383"/>
        <source>case number %1 is no record of this vault</source>
        <translation>hejmara dosyayê %1 ne tomarek vê xezîneyê ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="384"/>
        <source>case number %1 names another record than the names fit: asked</source>
        <translation>hejmara dosyayê %1 tomareke din nav dike ji ya ku nav lê tên: tê pirsîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="386"/>
        <source>case number %1 names a record the names do not fit: read as a new person</source>
        <translation>hejmara dosyayê %1 tomarekê nav dike ku nav lê nayên: wek kesekî nû hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="388"/>
        <source>column %1: %2 says there is none or it is not known: left blank</source>
        <translation>stûna %1: %2 dibêje tune ye an nayê zanîn: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="390"/>
        <source>column %1: %2 says what became of the person, not what the column holds: left blank</source>
        <translation>stûna %1: %2 dibêje çi hat serê kesê, ne ya ku stûn digire: vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="413"/>
        <source>column %1: %2 says the given name is not known: read as %3, the given name left blank</source>
        <translation>stûna %1: %2 dibêje navê yekem nayê zanîn: wek %3 hat xwendin, navê yekem vala hat hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="415"/>
        <source>column %1: %2 says the given name is not known; the given name is left blank</source>
        <translation>stûna %1: %2 dibêje navê yekem nayê zanîn; navê yekem vala tê hiştin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="419"/>
        <source>column %1: %2 names her as the wife of %4 (%3), not by her own name: read as her nickname; her given name is not in the list, and %4 is no name of hers or her father&apos;s</source>
        <translation>stûna %1: %2 wê wek jina %4 (%3) bi nav dike, ne bi navê wê yê xwe: wek leqeba wê hat xwendin; navê wê yê yekem di lîsteyê de tune ye, û %4 ne navê wê ye û ne jî navê bavê wê ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="422"/>
        <source>column %1: %2 ends with a kunya, %3 (mother of %4): read as her nickname, not as her family name</source>
        <translation>stûna %1: %2 bi kunyeyekê diqede, %3 (diya %4): wek leqeba wê hat xwendin, ne wek navê malbata wê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="424"/>
        <source>column %1: %2 holds a comma, which no name does: read without it, in the order written (given name first); check the row</source>
        <translation>stûna %1: di %2 de bêhnok heye, ku tu nav tune: bê wê, bi rêza ku hatiye nivîsîn hat xwendin (navê yekem pêşî); rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="426"/>
        <source>column %1: %2 writes the family name %3 first, before a comma: read as %4 and then %3; check the row</source>
        <translation>stûna %1: di %2 de navê malbatê %3 pêşî, berî bêhnokê hatiye nivîsîn: wek %4 û paşê %3 hat xwendin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="428"/>
        <source>column %1: %2 begins with %3, which by its article is a family name: read as %4 and then %3; check the row</source>
        <translation>stûna %1: %2 bi %3 dest pê dike, ku bi artîkela xwe navê malbatê ye: wek %4 û paşê %3 hat xwendin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="430"/>
        <source>column %1: %2 writes %3, an initial, not a whole name: it is kept as written; check the row</source>
        <translation>stûna %1: %2 %3 dinivîse, ku tîpa destpêkê ye, ne navekî tevahî: wek hatiye nivîsîn hat parastin; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="432"/>
        <source>column %1: %2 writes %3 inside the name as another spelling of %4: the name is read as %5, in the order written, and %6 is kept as an alias</source>
        <translation>stûna %1: %2 di nav navî de %3 wek rastnivîseke din a %4 dinivîse: nav wek %5 bi rêza ku hatiye nivîsîn hat xwendin, û %6 wek navekî din hat hilanîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="435"/>
        <source>column %1: %2 writes %3 inside the name, the given name %4 in the other script: the name is read as %5, in the order written, and %3 as the given name</source>
        <translation>stûna %1: %2 di nav navî de %3 dinivîse, navê yekem %4 bi nivîsa din: nav wek %5 bi rêza ku hatiye nivîsîn hat xwendin, û %3 wek navê yekem</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="438"/>
        <source>column %1: %2 writes %3 in brackets: read as the nickname; the name is read as %4, in the order written</source>
        <translation>stûna %1: %2 di nav kevanan de %3 dinivîse: wek leqeb hat xwendin; nav wek %4 bi rêza ku hatiye nivîsîn hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="440"/>
        <source>column %1: %2: %3, in brackets inside the name, does not spell the name; it stays in the list&apos;s values only, and the name is read as %4, in the order written</source>
        <translation>stûna %1: %2: %3, di nav kevanan de di nav navî de, ne rastnivîsa navî ye; tenê di nirxên lîsteyê de dimîne, û nav wek %4 bi rêza ku hatiye nivîsîn hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="443"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname), not as a name part, and the name as %5</source>
        <translation>stûna %1: %2 bi %3 dest pê dike: %4 wek navekî ku kes pê tê nasîn (leqeb) hat xwendin, ne wek parçeyeke navî, û nav wek %5 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="445"/>
        <source>column %1: %2 begins with %3: %4 is read as a name the person is known by (the nickname); the cell gives no other name of the person</source>
        <translation>stûna %1: %2 bi %3 dest pê dike: %4 wek navekî ku kes pê tê nasîn (leqeb) hat xwendin; xane navekî din ê kesî nade</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="447"/>
        <source>column %1: %2 begins with %3: %4 is taken for a name the person is known by (the nickname), and the rest, %5, for the name; the cell does not show where one ends: check the row</source>
        <translation>stûna %1: %2 bi %3 dest pê dike: %4 wek navekî ku kes pê tê nasîn (leqeb) hat girtin, û beşa din, %5, wek nav; xane nîşan nade ku yek li ku diqede: rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="450"/>
        <source>column %1: %2 begins with %3, which says whom the row names (&quot;named&quot;): the name is read as %4</source>
        <translation>stûna %1: %2 bi %3 dest pê dike, ku dibêje rêz kê bi nav dike (&quot;bi navê&quot;): nav wek %4 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="452"/>
        <source>column %1: %2 writes two given names, %3 and %4: %3 is read as the given name and %4 is kept as an alias; the name is read as %5, in the order written; check that the row is one person, not two sisters</source>
        <translation>stûna %1: %2 du navên yekem dinivîse, %3 û %4: %3 wek navê yekem hat xwendin û %4 wek navekî din hat hilanîn; nav wek %5 bi rêza ku hatiye nivîsîn hat xwendin; kontrol bike ku rêz kesek e, ne du xwişk</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="455"/>
        <source>column %1: %2 says by %3 that %4 is a name the person is known by: read as the nickname, not as a name part; the name is read as %5</source>
        <translation>stûna %1: %2 bi %3 dibêje ku %4 navekî ye ku kes pê tê nasîn: wek leqeb hat xwendin, ne wek parçeyeke navî; nav wek %5 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="458"/>
        <source>column %1: %2 writes %3, two names where the name has one (the father&apos;s or another forebear&apos;s): %4 and %5 are not two spellings of one name, and the list does not say which is right. The first, %4, is read, and the name is read as %6, in the order written; %5 is not stored as a name of the person (it stays in the list&apos;s values): check the row</source>
        <translation>stûna %1: %2 %3 dinivîse, du nav li cihê navekî (navê bav an yê bapîrekî din): %4 û %5 ne du rastnivîsên navekî ne, û lîste nabêje kîjan rast e. Yê pêşî, %4, hat xwendin, û nav wek %6 bi rêza ku hatiye nivîsîn hat xwendin; %5 wek navekî kesî nayê parastin (di nirxên lîsteyê de dimîne): rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="470"/>
        <source>not UTF-8; read as Windows Turkish (cp1254), in which its Latin words are whole (%1): read as Windows Arabic (cp1256) they held Arabic letters. That encoding cannot hold Arabic script</source>
        <translation>ne UTF-8 e; bi kodkirina tirkî ya Windows (cp1254) hat xwendin, ku peyvên wê yên latînî tê de tam in (%1): bi kodkirina erebî ya Windows (cp1256) tîpên erebî di wan de derdiketin. Ev kodkirin nikare tîpên erebî bihewîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="473"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; import a UTF-8 copy of the list</source>
        <translation>stûna %1: %2 tîpên xwe winda kirin (&apos;?&apos;): pel bi kodkirina tirkî ya Windows (cp1254) hatiye tomarkirin, ku nikare tîpên erebî bihewîne; kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="476"/>
        <source>column %1: %2 lost its letters (&apos;?&apos;): the file was saved as Windows Turkish (cp1254), which cannot hold Arabic script; left out (the row keeps it as written)</source>
        <translation>stûna %1: %2 tîpên xwe winda kirin (&apos;?&apos;): pel bi kodkirina tirkî ya Windows (cp1254) hatiye tomarkirin, ku nikare tîpên erebî bihewîne; nehat girtin (di rêzê de wek hatiye nivîsîn dimîne)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="486"/>
        <source>%1 rows of the list are hidden in the file (%2), perhaps filtered out by the sender; they were read like the others: look at them before importing</source>
        <translation>%1 rêzên lîsteyê di pelê de veşartî ne (%2), dibe ku şandiyar bi fîltreyê veşartibin; wek yên din hatin xwendin: berî anînê li wan binêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="489"/>
        <source>columns %1 are hidden in the file; they were read like the others: look at them before importing</source>
        <translation>stûnên %1 di pelê de veşartî ne; wek yên din hatin xwendin: berî anînê li wan binêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="491"/>
        <source>%1 row of the list is hidden in the file (%2), perhaps filtered out by the sender; it was read like the others: look at it before importing</source>
        <translation>%1 rêza lîsteyê di pelê de veşartî ye (%2), dibe ku şandiyar bi fîltreyê veşartibe; wek yên din hat xwendin: berî anînê lê binêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="494"/>
        <source>column %1 is hidden in the file; it was read like the others: look at it before importing</source>
        <translation>stûna %1 di pelê de veşartî ye; wek yên din hat xwendin: berî anînê lê binêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="506"/>
        <source>only a given name, %1, and %2 records of that name agree with the rest of this row: too many to compare, so the row was compared with none of them; search by hand before it is added</source>
        <translation>tenê navê yekem, %1, û %2 tomarên bi wî navî bi yên din ên vê rêzê re li hev tên: ji berhevkirinê zêdetir in, loma rêz bi tu yekê ji wan re nehat berhevkirin; berî ku were zêdekirin bi destan bigere</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="510"/>
        <source>only a given and a family name, %1, no father&apos;s name, and %2 records of them that nothing in this row disagrees with: %3; it was asked about none of them, as it cannot be told which: check that it is none of them</source>
        <translation>tenê navê yekem û paşnav, %1, bê navê bav, û %2 tomarên bi van navan ku tiştek di vê rêzê de li dijî wan nayê: %3; li ser tu yekê ji wan nehat pirsîn, ji ber ku nayê zanîn kîjan e: piştrast bike ku ew ne yek ji wan e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="521"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>Hejmarên ku berê bi destan ji têkiliyên malbata kesê hatine rakirin, dîsa nehatin zêdekirin: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="523"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, not added back: %1 (%2)</source>
        <translation>Hejmarên ku berê bi destan di têkiliyên malbata kesê de hatine guhertin, dîsa nehatin zêdekirin: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="525"/>
        <source>numbers removed by hand from the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>Hejmarên ku berê bi destan ji têkiliyên malbata kesê hatine rakirin, dê dîsa neyên zêdekirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="527"/>
        <source>numbers changed by hand on the person&apos;s family contacts before, would not be added back: %1</source>
        <translation>Hejmarên ku berê bi destan di têkiliyên malbata kesê de hatine guhertin, dê dîsa neyên zêdekirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="536"/>
        <source>column %1: %2 is not one person&apos;s name: %3 says whose child, wife or mother the person is; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>stûna %1: %2 ne navê kesekî ye: %3 dibêje ew zarok, jin an diya kê ye; nayê anîn, da ku ji wan peyvan nav neyê çêkirin: rêzê kontrol bike û lîsteyê dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="540"/>
        <source>column %1: %2 is not read: %3 may be her given name, or say that she is the daughter of %4, her own name not given; not imported, so that no name is made of those words: check the row and import the list again</source>
        <translation>stûna %1: %2 nehat xwendin: dibe ku %3 navê wê yê yekem be, an jî bibêje ku ew keça %4 ye û navê wê yê xwe nehatiye dayîn; nayê anîn, da ku ji wan peyvan nav neyê çêkirin: rêzê kontrol bike û lîsteyê dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="546"/>
        <source>column %1: %2 is written over several lines: read as one name, %3; check the row</source>
        <translation>stûna %1: %2 li ser çend rêzikan hatiye nivîsîn: wek navekî tenê hat xwendin, %3; rêzê kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="548"/>
        <source>the row repeats the list&apos;s column headings (%1), not a person; not imported</source>
        <translation>rêz sernavên stûnên lîsteyê dubare dike (%1), ne kes e; nayê anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="550"/>
        <source>%1 fills the whole row: a heading, not a person; not imported</source>
        <translation>%1 tevahiya rêzê dagirtiye: sernav e, ne kes e; nayê anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="552"/>
        <source>column %1: %2 stands alone on its row and reads as a heading or a note, not a person; not imported (if it is a name, add the person by hand)</source>
        <translation>stûna %1: %2 bi tenê di rêza xwe de ye û wek sernav an têbînî tê xwendin, ne kes e; nayê anîn (heke nav be, kesê bi destan zêde bike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="560"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; import a UTF-8 copy of the list</source>
        <translation>stûna %1: %2 hin tîp winda kirin (&apos;?&apos;): pel bi kodkirina erebî ya Windows (cp1256) hatiye tomarkirin, ku nikare tîpên kurmancî ş û Ş bihewîne; kopiyeke UTF-8 ya lîsteyê bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="563"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold the Kurmanji letters ş and Ş; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>stûna %1: %2 hin tîp winda kirin (&apos;?&apos;): pel bi kodkirina erebî ya Windows (cp1256) hatiye tomarkirin, ku nikare tîpên kurmancî ş û Ş bihewîne; navê dayikê nehat girtin (di rêzê de wek hatiye nivîsîn dimîne): kopiyeke UTF-8 ya lîsteyê wî dide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="567"/>
        <source>column %1: %2 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters; the mother&apos;s name is left out (the row keeps it as written): a UTF-8 copy of the list gives it</source>
        <translation>stûna %1: %2 hin tîp winda kirin (&apos;?&apos;): pel bi kodkirina erebî ya Windows (cp1256) hatiye tomarkirin, ku nikare tîpên soranî bihewîne; navê dayikê nehat girtin (di rêzê de wek hatiye nivîsîn dimîne): kopiyeke UTF-8 ya lîsteyê wî dide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="572"/>
        <source>mapping</source>
        <translation>rêkxistina stûnan</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="573"/>
        <source>saved mapping</source>
        <translation>rêkxistina stûnan a tomarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="574"/>
        <source>saved mapping %1</source>
        <translation>rêkxistina stûnan a tomarkirî ya %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="575"/>
        <source>mapping saved for %1, whose columns this list has</source>
        <translation>rêkxistina stûnan a tomarkirî ya %1, ku stûnên vê lîsteyê yên wê ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="576"/>
        <source>mapping file %1</source>
        <translation>pelê rêkxistina stûnan %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="577"/>
        <source>header %1 matches %2</source>
        <translation>sernavê %1 bi %2 re li hev tê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="578"/>
        <source>header %1 matches %2, but %3 of its values are numbers and it names a telephone: phone</source>
        <translation>sernavê %1 bi %2 re li hev tê, lê %3 ji nirxên wê hejmar in û navê telefonê dide: telefon</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="580"/>
        <source>header %1 names a contact, but %2 of its values are telephone numbers: phone</source>
        <translation>sernavê %1 navê têkiliyekê dide, lê %2 ji nirxên wê hejmarên telefonê ne: telefon</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="582"/>
        <source>header %1 names who reported the row, not her (%2): left unmapped, never her fields nor her family&apos;s contacts (raw kept in provenance; map it by hand only if it is hers)</source>
        <translation>sernavê %1 navê kesê ku rêz ragihandiye dide, ne yê wê (%2): bi tu qadê ve nehat girêdan, qet nabe qadeke wê û ne jî têkiliyeke malbata wê (nirx di çavkaniyê de tên parastin; tenê heke ya wê be bi destê xwe girê bide)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="585"/>
        <source>header %1: part %2 of the name under %3</source>
        <translation>sernavê %1: beşa %2 ya navê di bin %3 de</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="586"/>
        <source>header %1: %2, as the group %3 and the label %4 under it say together</source>
        <translation>sernavê %1: %2, wek koma %3 û navlêka %4 di bin wê de bi hev re dibêjin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="588"/>
        <source>header %1: part %2 of the name under %3 is the great-grandfather&apos;s name, which a record has no place for; not imported (kept with the list&apos;s rows)</source>
        <translation>sernavê %1: beşa %2 ya navê di bin %3 de navê bavê bapîrê wê ye, ku di tomarê de cihê wê tune ye; nehat anîn (bi rêzên lîsteyê re tê parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="591"/>
        <source>; part 4 of the name under %1 is the great-grandfather&apos;s name as a four-part name is read now: if so, leave this column out</source>
        <translation>; beşa 4an a navê di bin %1 de navê bavê bapîrê wê ye, wek ku navê çarparî niha tê xwendin: eger wisa be, vê stûnê neyne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="593"/>
        <source>; of a name of four words or more, the fourth is the great-grandfather&apos;s name, which a record has no place for: not imported (kept with the list&apos;s rows), unless it is written as only a clan name is (the article and -i, or -ani, -awi: الحسكاني, Haskani)</source>
        <translation>; di navekî ji çar peyvan an bêtir de, ya çaremîn navê bavê bapîrê wê ye, ku di tomarê de cihê wê tune ye: nehat anîn (bi rêzên lîsteyê re tê parastin), heya ku bi awayê ku tenê navê eşîrê pê tê nivîsandin hatibe nivîsandin (al- û -î, an -anî, -awî: الحسكاني, Haskani)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="597"/>
        <source>header %1 numbers a part of the name, beside columns of the father&apos;s, grandfather&apos;s or family name: %2</source>
        <translation>sernavê %1 beşeke navê dihejmêre, li kêleka stûnên navê bav, bapîr an paşnavê: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="599"/>
        <source>header %1 names %2, which is not a field of the record; kept in provenance</source>
        <translation>sernavê %1 behsa %2 dike, ku ne qadeke tomarê ye; nirx di çavkaniyê de tên parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="601"/>
        <source>header %1 matches %2, but %3 of its values are numbers, no names; kept in provenance</source>
        <translation>sernavê %1 bi %2 re li hev tê, lê %3 ji nirxên wê hejmar in, ne nav; nirx di çavkaniyê de tên parastin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="603"/>
        <source>header %1 names a name, and the values hold %2 words on average: full name</source>
        <translation>sernavê %1 navekî nîşan dide, û nirx bi navînî %2 peyv in: navê temam</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="605"/>
        <source> (%1 Arabic script: original script)</source>
        <translation> (%1 bi tîpên erebî: bi nivîsa orîjînal)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="606"/>
        <source> (Latin letters)</source>
        <translation> (bi tîpên latînî)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="607"/>
        <source> (mixed: %1 Arabic script; each value goes to its script&apos;s slot)</source>
        <translation> (tevlihev: %1 bi tîpên erebî; her nirx diçe cihê nivîsa xwe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="608"/>
        <source>no header match and no values</source>
        <translation>sernav bi tu qadê re li hev nayê û nirx tune ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="609"/>
        <source>%1 of values are sexes (F, M, انثى, mê ...)</source>
        <translation>%1 ji nirxan zayend in (F, M, انثى, mê ...)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="610"/>
        <source>%1 of values are statuses</source>
        <translation>%1 ji nirxan rewş in</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="611"/>
        <source>no header match; %1 of values are Arabic script with %2 words: %3 in original script</source>
        <translation>sernav bi tu qadê re li hev nayê; %1 ji nirxan bi tîpên erebî ne û bi navînî %2 peyv in: %3 bi nivîsa orîjînal</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="613"/>
        <source>no header match; %1 of values are dates, but the header does not say which (birth, abduction, rescue): left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>sernav bi tu qadê re li hev nayê; %1 ji nirxan dîrok in, lê sernav nabêje kîjan dîrok (jidayikbûn, revandin, rizgarbûn): bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin; bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="616"/>
        <source>no header match; values not recognised (kept in provenance)</source>
        <translation>sernav bi tu qadê re li hev nayê; nirx nehatin naskirin (di çavkaniyê de tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="617"/>
        <source>header %1 says a year but not of what; %2 of its values are years of birth (before %3): %4</source>
        <translation>sernavê %1 salekê dibêje lê nabêje sala çi; %2 ji nirxên wê salên jidayikbûnê ne (berî %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="619"/>
        <source>header %1 says a year but not of what, and only %2 of its values are years of birth: left unmapped (raw kept in provenance; map it by hand)</source>
        <translation>sernavê %1 salekê dibêje lê nabêje sala çi, û tenê %2 ji nirxên wê salên jidayikbûnê ne: bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin; bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="622"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are dates or years of birth (before %3): %4</source>
        <translation>sernavê %1 zayînê dibêje, ya wê an ya zarokekî; %2 ji nirxên wê dîrok an salên jidayikbûnê ne (berî %3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="624"/>
        <source>header %1 says birth, hers or a child&apos;s; %2 of its values are ages or dates of birth (before %3), most of them ages: %4</source>
        <translation>sernavê %1 zayînê dibêje, ya wê an ya zarokekî; %2 ji nirxên wê temen an dîrokên jidayikbûnê ne (berî %3), piraniya wan temen in: %4</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="626"/>
        <source>header %1 says birth, hers or a child&apos;s, and only %2 of its values are dates or years of birth: it may be of children born in captivity, so it is not read as her birth; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>sernavê %1 zayînê dibêje, ya wê an ya zarokekî, û tenê %2 ji nirxên wê dîrok an salên jidayikbûnê ne: dibe ku li ser zarokên di êsîriyê de ji dayik bûne be, loma wek jidayikbûna wê nayê xwendin; bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin; heke ya wê be bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="630"/>
        <source>header %1 is of children&apos;s births, births in captivity or a count of births: never read as her birth, whatever its values; left unmapped (raw kept in provenance; map it by hand if it is hers)</source>
        <translation>sernavê %1 li ser zayîna zarokan, zayînên di êsîriyê de an hejmara zayînan e: çu caran wek jidayikbûna wê nayê xwendin, nirxên wê çi dibin bila bibin; bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin; heke ya wê be bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="633"/>
        <source>no header match; the values are Arabic script like names, but the names come from %1, so this column is left unmapped (raw kept in provenance; map it by hand if it holds names)</source>
        <translation>sernav bi tu qadê re li hev nayê; nirx wek navan bi tîpên erebî ne, lê nav ji %1 tên, loma ev stûn bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin; heke nav tê de hebin, bi destan rêk bixe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="636"/>
        <source>no header match; the values look like %1, but %1 already comes from %2; left unmapped (raw kept in provenance)</source>
        <translation>sernav bi tu qadê re li hev nayê; nirx dişibin %1, lê qada %1 ji stûna %2 tê; bê rêkxistin hat hiştin (nirx di çavkaniyê de tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="638"/>
        <source>%1 already comes from %2; ignored (raw kept)</source>
        <translation>qada %1 ji stûna %2 tê; ev stûn hat paşguhkirin (nirxên wê yên xav tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="639"/>
        <source>%1 already comes from %2, whose header names it exactly; ignored (raw kept)</source>
        <translation>qada %1 ji stûna %2 tê, ku sernavê wê tam navê qadê ye; ev stûn hat paşguhkirin (nirxên wê yên xav tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="641"/>
        <source>%1 already comes from %2 in the same script; ignored (raw kept)</source>
        <translation>qada %1 bi heman nivîsê ji stûna %2 tê; ev stûn hat paşguhkirin (nirxên wê yên xav tên parastin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="642"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s as an alias (said on the row)</source>
        <translation>; herwiha %1, bi heman nivîsa %2: li cihê ku %2 vala ye ev stûn wê dide; li cihê ku her du jî nirxên cuda hene, ya %2 tê parastin û ya vê stûnê wek navekî din (di rêzê de tê gotin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="645"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s inside an alias of the whole name (said on the row)</source>
        <translation>; herwiha %1, bi heman nivîsa %2: li cihê ku %2 vala ye ev stûn wê dide; li cihê ku her du jî nirxên cuda hene, ya %2 tê parastin û ya vê stûnê di navekî din de ku navê temam e (di rêzê de tê gotin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="649"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives the name; where both hold one, the parts in %2 are kept and this column&apos;s other spellings as aliases (said on the row)</source>
        <translation>; herwiha %1, bi heman nivîsa %2: li cihê ku %2 vala ye ev stûn navê dide; li cihê ku her du jî nav hene, beşên %2 tên parastin û rastnivîsên din ên vê stûnê wek navên din (di rêzê de tê gotin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="652"/>
        <source>; also %1, in the same script as %2: where %2 is blank this column gives it; where both hold one and they differ, the one in %2 is kept and this column&apos;s stays in the list&apos;s row only (said on the row)</source>
        <translation>; herwiha %1, bi heman nivîsa %2: li cihê ku %2 vala ye ev stûn wê dide; li cihê ku her du jî nirxên cuda hene, ya %2 tê parastin û ya vê stûnê tenê di rêza lîsteyê de dimîne (di rêzê de tê gotin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="655"/>
        <source>; ages given in %1</source>
        <translation>; temen wek ku di sala %1 de bûn hatine dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="656"/>
        <source>; the year of the ages is not given: read as a range</source>
        <translation>; sala temenan nehatiye gotin: jidayikbûn wek navbera salan tê xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="657"/>
        <source>; it leaves this column out, but it would now be taken as %1: choose that field to import it</source>
        <translation>; ew vê stûnê derve dihêle, lê niha ew ê wek %1 were girtin: wê qadê hilbijêre da ku were anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="659"/>
        <source>; M and N read as Kurmanji mê (female) and nêr (male)</source>
        <translation>; M û N bi kurmancî hatin xwendin: mê û nêr</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="661"/>
        <source>dates written month first (a possible day only when read so: %1, such as %2; only when read day first: none): each date of the column is read month first</source>
        <translation>dîrok bi meha pêşî hatine nivîsîn (yên ku tenê wisa rojeke gengaz didin: %1, wek %2; yên ku tenê bi roja pêşî: tu yek): hemû dîrokên vê stûnê bi meha pêşî têne xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="664"/>
        <source>dates written both ways (a possible day only when read day first: %1, such as %2; only when read month first: %3, such as %4): each of those is read so, and a date both ways could read (%5) is read as its year only, its row saying so</source>
        <translation>dîrok bi herdu awayan hatine nivîsîn (yên ku tenê bi roja pêşî rojeke gengaz didin: %1, wek %2; yên ku tenê bi meha pêşî: %3, wek %4): her yek ji wan wisa tê xwendin, û dîroka ku bi herdu awayan dikare were xwendin (%5) tenê wek sala xwe tê xwendin, û rêza wê vê dibêje</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="668"/>
        <source>dates either order reads (%1, such as %2), none that only one does: read month first, as %3 writes its dates (such as %4)</source>
        <translation>dîrokên ku bi herdu rêzan têne xwendin (%1, wek %2), û tu yek tenê bi yekê ne: bi meha pêşî têne xwendin, wek ku %3 dîrokên xwe dinivîse (wek %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="670"/>
        <source>; but %1 writes its dates day first (such as %2), and a list saved from one program writes one order: check which of the two columns is read wrong</source>
        <translation>; lê %1 dîrokên xwe bi roja pêşî dinivîse (wek %2), û lîsteyek ku ji yek bernameyê hatiye tomarkirin bi yek rêzê dinivîse: kontrol bike ka kîjan ji her du stûnan şaş hatiye xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="674"/>
        <source>1 January is %1 of its %2 whole days (such as %3), as a list writes a date when only the year is known: each 1 January of the column is read as its year only, the cell kept as written</source>
        <translation>1ê Kanûna Paşîn %1 ji %2 rojên wê yên tam e (wek %3), wek ku lîsteyek dîrokê dinivîse dema ku tenê sal tê zanîn: her 1ê Kanûna Paşîn a vê stûnê tenê wek sala xwe tê xwendin, xane wek hatiye nivîsîn dimîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="679"/>
        <source>; columns left unmapped: %1</source>
        <translation>; stûnên ku bi tu qadê ve nehatine girêdan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="680"/>
        <source>%1 (column %2)</source>
        <translation>%1 (stûna %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="682"/>
        <source>%1: the sheet is empty; nothing to import</source>
        <translation>%1: rûpel vala ye; tiştek tune ku were anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="683"/>
        <source>add a header row above the names</source>
        <translation>li ser navan rêzeke sernavan zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="685"/>
        <source> (line %1)</source>
        <translation> (xeta %1 a pelê)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="686"/>
        <source>no such file</source>
        <translation>pelekî wisa tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="687"/>
        <source>no such file in %1</source>
        <translation>pelekî wisa di %1 de tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="688"/>
        <source>no such file: there is no folder %1</source>
        <translation>pelekî wisa tune ye: peldanka %1 tune ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="689"/>
        <source>a folder, not a file: give the list&apos;s file inside it</source>
        <translation>peldank e, ne pel e: pelê lîsteyê yê di hundirê wê de bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="690"/>
        <source>unknown kind of file; import reads xlsx, xlsm, xls, ods, csv and tsv</source>
        <translation>cureyê pelê nenas e; anîn pelên xlsx, xlsm, xls, ods, csv û tsv dixwîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="692"/>
        <source>the file is not really a %1 workbook (damaged, or another kind of file renamed)</source>
        <translation>pel bi rastî ne pirtûka xebatê ya %1 ye (xera bûye, an pelekî ji cureyekî din e ku navê wî hatiye guhertin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="697"/>
        <source>the file is protected by a password; save an unprotected copy to import it</source>
        <translation>pel bi şîfreyê hatiye parastin; kopiyeke neparastî tomar bike da ku wê bînî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="699"/>
        <source>the workbook has no sheets</source>
        <translation>di pirtûka xebatê de tu rûpel tune ne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="700"/>
        <source>no sheet named %1 (sheets: %2)</source>
        <translation>tu rûpel bi navê %1 tune ye (rûpel: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="701"/>
        <source>a CSV file has no sheets (asked for %1)</source>
        <translation>pelê CSV rûpel tune ne (%1 hat xwestin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="702"/>
        <source>cannot be read (%1)</source>
        <translation>nayê xwendin (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="703"/>
        <source>the cell holds a NUL character; the file is damaged</source>
        <translation>di şaneyê de tîpa NUL heye; pel xera bûye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="704"/>
        <source>the cell holds a NUL character; the file is damaged (or is UTF-16 text without a byte-order mark)</source>
        <translation>di şaneyê de tîpa NUL heye; pel xera bûye (an nivîsa UTF-16 e bê nîşana rêza baytan)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="706"/>
        <source>the file holds NUL bytes; save it again as UTF-8 CSV</source>
        <translation>di pelê de baytên NUL hene; wê dîsa wek UTF-8 CSV tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="707"/>
        <source>the file holds NUL bytes (it looks like UTF-16 without a byte-order mark); save it again as UTF-8 CSV</source>
        <translation>di pelê de baytên NUL hene (wek UTF-16 bê nîşana rêza baytan xuya dike); wê dîsa wek UTF-8 CSV tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="709"/>
        <source>not valid %1 although the file starts with its byte-order mark</source>
        <translation>kodkirina %1 ne derbasdar e, her çend pel bi nîşana rêza baytan a wê dest pê dike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="711"/>
        <source>a quote opens here and is never closed; every following line would run into this one cell. Fix the quote and import again</source>
        <translation>nîşaneke gotinê li vir vedibe û qet nayê girtin; hemû xetên piştre dê bikevin vê yek şaneyê. Nîşana gotinê rast bike û dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="713"/>
        <source>a quote opens here and closes %1 lines further down, so whole rows (lines with their %2 separators) ran into this one cell; fix the quote and import again</source>
        <translation>nîşaneke gotinê li vir vedibe û %1 xet jêrtir tê girtin, loma rêzên temam (xet bi veqetînerên xwe yên %2) ketin vê yek şaneyê; nîşana gotinê rast bike û dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="716"/>
        <source>&apos;tab&apos;</source>
        <translation>&apos;Tab&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="717"/>
        <source>the header %1 lost letters (&apos;?&apos;): the file was saved as Windows Arabic (cp1256), which cannot hold Sorani letters (ڕ ڤ ڵ ە ۆ ێ). Nothing was imported; import a UTF-8 copy of the list (in Excel: Save as, CSV UTF-8)</source>
        <translation>sernavê %1 hin tîp winda kirin (&apos;?&apos;): pel bi kodkirina erebî ya Windows (cp1256) hatiye tomarkirin, ku nikare tîpên soranî bihewîne (ڕ ڤ ڵ ە ۆ ێ). Tiştek nehat anîn; kopiyeke UTF-8 ya lîsteyê bîne (di Excel de: Tomar bike wek, CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="721"/>
        <source>the file is %1 MiB; the limit is %2 MiB</source>
        <translation>pel %1 MiB ye; sînor %2 MiB ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="722"/>
        <source>%1 parts inside the file; the limit is %2</source>
        <translation>%1 beş di hundirê pelê de hene; sînor %2 e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="723"/>
        <source>declares %1 MiB of content; the limit is %2 MiB</source>
        <translation>pel %1 MiB naverok radigihîne; sînor %2 MiB ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="724"/>
        <source>part %1 declares %2 MiB; the limit is %3 MiB</source>
        <translation>beşa %1 %2 MiB radigihîne; sînor %3 MiB ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="725"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation>beşa %1 rêbazeke pêçandinê bi kar tîne ku nayê piştgirîkirin (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="726"/>
        <source>part %1 is damaged</source>
        <translation>beşa %1 xera bûye</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="727"/>
        <source>part %1 inflates to more than it declares (%2 bytes declared); the file is damaged or hostile</source>
        <translation>beşa %1 dema vekirinê ji ya ku radigihîne mezintir dibe (%2 bayt hatine ragihandin); pel xera bûye an jî zirardar e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="729"/>
        <source>part %1 inflates to more than the limit (%2 bytes declared); the file is damaged or hostile</source>
        <translation>beşa %1 dema vekirinê ji sînor mezintir dibe (%2 bayt hatine ragihandin); pel xera bûye an jî zirardar e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="731"/>
        <source>part %1 is compressed %2 to 1; the limit is %3 to 1 (a zip bomb?)</source>
        <translation>beşa %1 bi rêjeya %2 li 1 hatiye pêçandin; sînor %3 li 1 e (bombeya zip?)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="733"/>
        <source>part %1 declares a DTD or entities (XML bomb or XXE); spreadsheets never need one</source>
        <translation>beşa %1 DTD an entîteyan radigihîne (bombeya XML an XXE); tablo qet hewcedariya wê nînin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="735"/>
        <source>part %1 holds a text of more than %2 MiB without markup; the file is damaged or hostile</source>
        <translation>di beşa %1 de nivîsek ji %2 MiB zêdetir bê nîşankirin heye; pel xera bûye an jî zirardar e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="747"/>
        <source>the sheet&apos;s used area reaches this cell (%1 rows x %2 columns); the limit is %3 cells. Delete stray cells far below or right of the list</source>
        <translation>qada bikaranî ya rûpelê digihîje vê şaneyê (%1 rêz × %2 stûn); sînor %3 şane ye. Şaneyên berze yên ku gelek li jêr an li kêleka lîsteyê ne jê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="750"/>
        <source>more than %1 rows</source>
        <translation>ji %1 rêzan zêdetir</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="751"/>
        <source>data resumes after %1 blank rows; the file looks damaged or hostile</source>
        <translation>dane piştî %1 rêzên vala dîsa dest pê dikin; pel xera an zirardar xuya dike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="753"/>
        <source>reading took longer than %1 s and was stopped</source>
        <translation>xwendin ji %1 çirkeyan dirêjtir kişand û hate rawestandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="754"/>
        <source>reading needed more than the %1 MiB memory limit and was stopped; the sheet reaches far-away cells or the file is damaged or hostile</source>
        <translation>xwendinê ji sînorê bîrê yê %1 MiB zêdetir hewce kir û hate rawestandin; rûpel digihîje şaneyên pir dûr an pel xera bûye an zirardar e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="757"/>
        <source>the reader stopped unexpectedly (exit code %1)</source>
        <translation>xwendevanê pelê bi awayekî nediyar rawestiya (koda derketinê %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="758"/>
        <source>column %1 is mapped to %2, which is not a field (use one of: %3)</source>
        <translation>stûna %1 bi %2 ve hatiye girêdan, ku ne qad e (yekê ji van bi kar bîne: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="760"/>
        <source>not a valid column mapping (%1)</source>
        <translation>ne rêkxistineke derbasdar a stûnan e (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="761"/>
        <source>%1 value %2 is mapped to %3, which is not a %1 (use one of: %4)</source>
        <translation>nirxa %1 %2 bi %3 ve hatiye girêdan, ku ne yek ji nirxên %1 e (yekê ji van bi kar bîne: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="763"/>
        <source>%1 is not a year</source>
        <translation>%1 ne sal e</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="764"/>
        <source>%1 is not a year a list of ages could be from (%2 to %3)</source>
        <translation>%1 ne saleke ku lîsteyeke temenan jê be ye (ji %2 heta %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="765"/>
        <source>the header is here but no row below it holds a value; nothing was imported</source>
        <translation>sernav li vir e lê tu rêza li jêr wê nirx nagire; tiştek nehat anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="767"/>
        <source>import batch %1 is already %2</source>
        <translation>koma anînê %1 êdî li benda biryaran nîne: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="768"/>
        <source>row %1 is not decided: decide it first</source>
        <translation>hîn biryar li ser rêza %1 nehatiye dayîn: pêşî biryarê li ser bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="769"/>
        <source>row %1 was rejected when the list was read, so there is nothing to decide: %2</source>
        <translation>rêza %1 dema lîste hat xwendin hate redkirin, ji ber vê yekê tiştek tune ku biryar li ser were dayîn: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="771"/>
        <source>row %1 holds nothing left to decide: %2</source>
        <translation>di rêza %1 de tiştek nemaye ku li ser were biryardan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="772"/>
        <source>batch %1 has no row %2</source>
        <translation>di koma %1 de rêza %2 tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="773"/>
        <source>row %1 is to be skipped: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>rêza %1 dê were derbaskirin: pêşî biryarê li ser wê bide (çêkirin an nûkirin), paşê li ser vê rêzê; an vê rêzê çêbike an derbas bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="775"/>
        <source>row %1 is not decided yet: decide it first (create or update), then this row; or create or skip this row</source>
        <translation>hîn biryar li ser rêza %1 nehatiye dayîn: pêşî biryarê li ser wê bide (çêkirin an nûkirin), paşê li ser vê rêzê; an vê rêzê çêbike an derbas bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="777"/>
        <source>counts do not reconcile; nothing was imported</source>
        <translation>hejmar li hev nayên; tiştek nehat anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="778"/>
        <source>batch %1</source>
        <translation>koma %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="779"/>
        <source>its merge chain does not end; split it first</source>
        <translation>zincîra yekkirina wê naqede; pêşî wê veqetîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="780"/>
        <source>a row is to update a person who has been deleted since the list was staged; decide it again</source>
        <translation>rêzek dê kesekî nû bike ku piştî amadekirina lîsteyê hatiye jêbirin; dîsa biryarê li ser bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="783"/>
        <source>no import batch %1</source>
        <translation>koma anînê %1 tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="784"/>
        <source>import batch %1 is %2, not committed: nothing of it is in the vault to withdraw</source>
        <translation>koma anînê %1 %2 ye, nehatiye anîn: tiştek ji wê di xezînê de tune ku were vekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="786"/>
        <source>batch %1 has no importable row %2</source>
        <translation>di koma %1 de rêza %2 ya ku were anîn tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="787"/>
        <source>row %1 of batch %2 names no person now (skipped, or withdrawn already): nothing to withdraw</source>
        <translation>rêza %1 ya koma %2 niha navê tu kesî nade (hate derbaskirin, an berê hate vekişandin): tiştek tune ku were vekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="789"/>
        <source>row %1 of batch %2 went to %3, since merged into %4: split it out first (casekeeper split %3)</source>
        <translation>rêza %1 ya koma %2 çû ser %3, ku paşê bi %4 re hate yekkirin: pêşî wê veqetîne (casekeeper split %3)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="791"/>
        <source>row %1 of batch %2 made %3, and more refers to that record than this row: %4; nothing was withdrawn (the record is not deleted while anything else refers to it: split, unlink or delete it by hand first)</source>
        <translation>rêza %1 ya koma %2 %3 çêkir, û ji vê rêzê zêdetir tişt behsa wê tomarê dikin: %4; tiştek nehat vekişandin (heta ku tiştekî din behsa tomarê bike tomar nayê jêbirin: pêşî bi destê xwe veqetîne, girêdanê rake an jê bibe)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="799"/>
        <source>%1, merged into it</source>
        <translation>%1, bi tomarê re hatiye yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="795"/>
        <source>row %1 of batch %2</source>
        <translation>rêza %1 ya koma %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="694"/>
        <source>not a readable spreadsheet: the file is damaged, or is another kind of file; ask the sender for it again</source>
        <translation>ne tabloyeke ku were xwendin e: pel xera bûye, an pelekî ji cureyekî din e; dîsa ji şandiyarê wê bixwaze</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="696"/>
        <source> (technical detail: %1)</source>
        <translation> (hûrguliya teknîkî: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="737"/>
        <source>a cell of %1 characters; the limit is %2: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>şaneyek bi %1 tîpan; sînor %2 e: şaneyê kurt bike, an nivîsa wê li ser çend şane an rêzan parve bike, pelê dîsa tomar bike û dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="740"/>
        <source>part %1 holds a text of more than %2 MiB without markup (one giant cell, or a damaged or hostile file): if a cell holds that much text, shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>beşa %1 nivîsek ji %2 MiB dirêjtir bê nîşankirin digire (şaneyeke mezin, an pelek xerabûyî an dijmin): eger şaneyek ew qas nivîs digire, şaneyê kurt bike, an nivîsa wê li ser çend şane an rêzan parve bike, pelê dîsa tomar bike û dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="744"/>
        <source>a cell of more than %1 MiB of text; the limit is %2 characters: shorten the cell, or split its text over several cells or rows, save the file again, and import it again</source>
        <translation>şaneyek ji %1 MiB zêdetir nivîs digire; sînor %2 tîp e: şaneyê kurt bike, an nivîsa wê li ser çend şane an rêzan parve bike, pelê dîsa tomar bike û dîsa bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="796"/>
        <source>report %1</source>
        <translation>rapora %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="797"/>
        <source>rescue %1</source>
        <translation>rizgarkirina %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="798"/>
        <source>relative %1 (%2)</source>
        <translation>xizmê %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="800"/>
        <source>family contact %1</source>
        <translation>têkiliya malbatê %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="801"/>
        <source>photo %1</source>
        <translation>wêneya %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="802"/>
        <source>not the same person as %1</source>
        <translation>ne heman kes e wek %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="803"/>
        <source>%1 on %2</source>
        <translation>%1 di %2 de</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="811"/>
        <source>staged</source>
        <translation>amadekirî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="812"/>
        <source>committed</source>
        <translation>hate anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="813"/>
        <source>discarded</source>
        <translation>hate avêtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="816"/>
        <source>create</source>
        <translation>çêkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="817"/>
        <source>update</source>
        <translation>nûkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="818"/>
        <location filename="../../ui/import_report.py" line="825"/>
        <location filename="../../ui/import_wizard.py" line="435"/>
        <source>same as an earlier row</source>
        <translation>wek rêzeke berê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="819"/>
        <source>skip</source>
        <translation>derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="820"/>
        <source>undecided</source>
        <translation>bê biryar</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="822"/>
        <source>created</source>
        <translation>hatin çêkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="823"/>
        <source>updated</source>
        <translation>hatin nûkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="824"/>
        <source>unchanged</source>
        <translation>neguherî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="827"/>
        <source>skipped</source>
        <translation>hatin derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="828"/>
        <source>rejected</source>
        <translation>hate redkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="830"/>
        <source>withdrawn</source>
        <translation>vekişandî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="846"/>
        <source>Arabic script</source>
        <translation>bi nivîsa orîjînal</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="847"/>
        <source>Latin letters</source>
        <translation>bi tîpên latînî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="852"/>
        <source>marital status</source>
        <translation>rewşa malbatî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="853"/>
        <source>health status</source>
        <translation>rewşa tenduristiyê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="854"/>
        <source>number of family members</source>
        <translation>hejmara endamên malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="856"/>
        <source>a telephone number</source>
        <translation>hejmareke telefonê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="859"/>
        <source>a total</source>
        <translation>hejmara giştî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="860"/>
        <source>a signature</source>
        <translation>îmze</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="861"/>
        <source>a stamp</source>
        <translation>mohr</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="862"/>
        <source>an official&apos;s title</source>
        <translation>sernavê berpirsiyarekî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="864"/>
        <source>a &apos;prepared by&apos;</source>
        <translation>«amadekirin»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="865"/>
        <source>a date</source>
        <translation>dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="866"/>
        <source>an office&apos;s name</source>
        <translation>navê nivîsgehekê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="868"/>
        <source>hidden</source>
        <translation>veşartî</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="869"/>
        <source>no header row</source>
        <translation>rêza sernavan tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="870"/>
        <source>no column headed as a name</source>
        <translation>tu stûn bi sernavê navekî tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="872"/>
        <source>a chart</source>
        <translation>nexşe</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="873"/>
        <source>a dialog sheet</source>
        <translation>rûpela diyalogê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="874"/>
        <source>a macro sheet</source>
        <translation>rûpela makroyê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="875"/>
        <source>macro code</source>
        <translation>koda makroyê</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="887"/>
        <source>edited</source>
        <translation>hate guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="888"/>
        <source>a status recorded</source>
        <translation>rewşek hate tomarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="889"/>
        <source>a relative linked</source>
        <translation>xizmek hate girêdan</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="890"/>
        <source>a family contact added</source>
        <translation>têkiliyek malbatê hate zêdekirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="891"/>
        <source>a photo added</source>
        <translation>wêneyek hate zêdekirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="892"/>
        <source>a photo removed</source>
        <translation>wêneyek hate rakirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="893"/>
        <source>a family contact removed</source>
        <translation>têkiliyek malbatê hate rakirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="894"/>
        <source>a relative link removed</source>
        <translation>girêdaneke xizmtiyê hate rakirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="895"/>
        <source>a record merged into hers</source>
        <translation>tomarek bi tomara wê re hate yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="896"/>
        <source>a record split out of hers</source>
        <translation>tomarek ji tomara wê hate veqetandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="897"/>
        <source>other spellings set right</source>
        <translation>rastnivîsên din hatin rastkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="898"/>
        <source>merged into another record</source>
        <translation>bi tomareke din re hate yekkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="899"/>
        <source>split out of another record</source>
        <translation>ji tomareke din hate veqetandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="900"/>
        <source>an edit undone</source>
        <translation>guhertinek hate paşvekirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="901"/>
        <source>a &apos;not the same person&apos; mark taken back</source>
        <translation>nîşana &apos;ne heman kes e&apos; hate rakirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="903"/>
        <source>a &apos;not the same person&apos; mark withdrawn</source>
        <translation>biryara &apos;ne heman kes e&apos; bi yekkirinê hate paşvekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="905"/>
        <source>a &apos;not the same person&apos; mark given back</source>
        <translation>biryara &apos;ne heman kes e&apos; bi veqetandinê hate vegerandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="990"/>
        <source>%1: columns %2 give her father&apos;s, grandfather&apos;s or family name, but no column gives her own name: every row would become a person without a given name, and sisters and repeated rows could not be told apart; nothing was staged. Set the column that holds her name to %4 or %5%3</source>
        <translation>%1: stûnên %2 navê bav, bapîr an malbata wê didin, lê tu stûn navê wê bi xwe nade: her rêz dê bibe kesek bê navê yekem, û xwişk û rêzên dubare ji hev nayên cudakirin; tiştek nehat amadekirin. Stûna ku navê wê tê de ye bike «%4» an «%5»%3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="997"/>
        <source>%1: no header row (a row naming the columns, such as %3) was found, so nothing here reads as a list; %2</source>
        <translation>%1: tu rêza sernavan nehat dîtin (rêzeke ku navê stûnan dibêje, wek %3), ji ber vê yekê tiştek li vir wek lîste nayê xwendin; %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1001"/>
        <source>%1: no sheet holds a header row (a row naming the columns, such as %3), so no sheet reads as a list (sheets: %2)</source>
        <translation>%1: di tu rûpelê de rêza sernavan tune (rêzeke ku navê stûnan dibêje, wek %3), ji ber vê yekê tu rûpel wek lîste nayê xwendin (rûpel: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1005"/>
        <source>the file has other sheets (%1): go back to step 2 and choose the one that holds the list</source>
        <translation>di pelê de rûpelên din hene (%1): vegere gava 2 û rûpela ku lîsteyê digire hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1011"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); set the column that holds her name to %4 or %5</source>
        <translation>%1: tu stûna vî rûpelî wek nav nayê xwendin (rêza sernavan %2: %3); stûna ku navê wê tê de ye bike «%4» an «%5»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1014"/>
        <source>%1: no column of this sheet reads as a name (header row %2: %3); %4, or set the column that holds her name to %5 or %6</source>
        <translation>%1: tu stûna vî rûpelî wek nav nayê xwendin (rêza sernavan %2: %3); %4, an stûna ku navê wê tê de ye bike «%5» an «%6»</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1018"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: berê %2 bû, niha %3</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1020"/>
        <source>%1 possible duplicates, none a probable match with nothing telling the two apart: compare each pair on their pages before joining any.</source>
        <translation>%1 dubareyên muhtemel, yek jê ne lihevhatineke muhtemel e ku tiştek her duyan ji hev cuda nake: berî ku yekê bikî yek, her cotekê li ser rûpelên wan bide ber hev.</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1026"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; joining them is refused as they stand (why is said above).</source>
        <translation>%1 dubareyên muhtemel: li ser ekrana Dubareyan li wan binêre, puana wê ya herî kêm li %2 bike; yekkirina wan wekî niha red dibe (sedem li jor hatiye gotin).</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1032"/>
        <source>%1 possible duplicates: look at them on the Duplicates screen, its lowest score set to %2; if two are one person, Same person joins them.</source>
        <translation>%1 dubareyên muhtemel: li ekrana «Dubare» li wan binêre, puana herî kêm %2 bike; heke du ji wan heman kes bin, «Heman kes e» wan dike yek.</translation>
    </message>
    <message>
        <location filename="../../ui/import_changes.py" line="32"/>
        <location filename="../../ui/import_report.py" line="226"/>
        <source>date of status %1</source>
        <translation>dîroka rewşa %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="64"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if the vault&apos;s %2 is wrong, withdraw it (a status added after it would leave it in the person&apos;s history): on the person&apos;s page, in the %3 tab, select it, then %4</source>
        <translation>%1: rewşek ku lîsteyek li dijî ya xezînê dibêje wek têbînî tê tomarkirin, anîna lîsteyê qet wê danayne: eger rewşa %2 ya xezînê şaş be, paşde bigire (rewşek ku piştî wê were zêdekirin wê di dîroka wê de dihêle): li ser rûpela kesî, di beşa «%3» de, wê hilbijêre, paşê «%4»</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="71"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, type the date %3, then %2)</source>
        <translation>; ev bi tenê rewşa %1 ya lîsteyê nade wê: paşê wê di heman beşê de zêde bike (wê hilbijêre, dîroka %3 binivîse, paşê «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="74"/>
        <source>; that alone does not give the person the list&apos;s %1: then add it in the same tab (choose it, then %2)</source>
        <translation>; ev bi tenê rewşa %1 ya lîsteyê nade wê: paşê wê di heman beşê de zêde bike (wê hilbijêre, paşê «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="81"/>
        <source>%1: a status a list gives against the vault&apos;s is noted, never set by an import: if it is so, add it on the person&apos;s page, in the %2 tab (choose %3, type its date, then %4)</source>
        <translation>%1: rewşek ku lîsteyek li dijî ya xezînê dibêje wek têbînî tê tomarkirin, anîna lîsteyê qet wê danayne: eger rast be, li ser rûpela kesî, di beşa «%2» de zêde bike (%3 hilbijêre, dîroka wê binivîse, paşê «%4»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="86"/>
        <source>%1: the list&apos;s %2 was withdrawn from the person on %3 as told in error, and is not set again; if it is so after all, add it again on the person&apos;s page, in the %4 tab (choose it, type its date, then %5)</source>
        <translation>%1: %2 ya lîsteyê li %3 ji kesê hate paşvekişandin ji ber ku bi şaşî hatibû gotin, û dîsa nayê danîn; heke di dawiyê de rast be, li ser rûpela kesî, di beşa «%4» de dîsa zêde bike (wê hilbijêre, dîroka wê binivîse, paşê «%5»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="93"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again dated %9 with %8</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger dîroka lîsteyê rast be, li ser rûpela kesî, di beşa «%6» de: wê paşde bigire (wê hilbijêre, paşê «%7»), paşê bi dîroka %9 bi «%8» dîsa zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="98"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the list&apos;s date is the right one, on the person&apos;s page, in the %6 tab: withdraw it (select it, then %7), then add it again with the list&apos;s date with %8</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger dîroka lîsteyê rast be, li ser rûpela kesî, di beşa «%6» de: wê paşde bigire (wê hilbijêre, paşê «%7»), paşê bi dîroka lîsteyê bi «%8» dîsa zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="105"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw that row on the person&apos;s page, in the %6 tab (select batch %3 row %4, then %7)</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger şandiyar wê paşde bigire, wê rêzê li ser rûpela kesî, di beşa «%6» de vekişîne (koma %3 rêza %4 hilbijêre, paşê «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="110"/>
        <source>%1: the vault&apos;s %2 came from batch %3 row %4 (%5), an earlier version of this list from the same sender; if the sender takes it back, withdraw it on the person&apos;s page, in the %6 tab (select it, then %7)</source>
        <translation>%1: rewşa %2 ya xezînê ji koma %3 rêza %4 (%5) hat, guhertoyeke berê ya vê lîsteyê ji heman şandiyarî; eger şandiyar wê paşde bigire, li ser rûpela kesî, di beşa «%6» de paşde bigire (wê hilbijêre, paşê «%7»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_status_advice.py" line="115"/>
        <source>a cell left blank or a column left out is not a change: the vault keeps what earlier versions gave (the %1 tab of the person&apos;s page lists their rows)</source>
        <translation>şaneyeke vala hiştî an stûneke derxistî ne guhertin e: xezîne tiştê ku guhertoyên berê dabûn dihêle (beşa «%1» ya rûpela kesî rêzên wan rêz dike)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="13"/>
        <source>given name</source>
        <translation>nav</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="14"/>
        <source>father&apos;s name</source>
        <translation>navê bav</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="15"/>
        <source>grandfather&apos;s name</source>
        <translation>navê bapîr</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="16"/>
        <source>family or clan name</source>
        <translation>navê malbatê an eşîrê</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="17"/>
        <source>nickname</source>
        <translation>nasnav</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="32"/>
        <source>%1 kept in the record; the list&apos;s %2 added to the other spellings (a list never changes a name; to take the list&apos;s, use %3 on the person&apos;s page)</source>
        <translation>%1 di tomarê de ma; ya lîsteyê, %2, li rastnivîsên din hat zêdekirin (lîste qet navekî naguherîne; ji bo girtina ya lîsteyê, «%3» li ser rûpela kesî bi kar bîne)</translation>
    </message>
</context>
<context>
    <name>ImportReportWindow</name>
    <message>
        <location filename="../../ui/import_report_window.py" line="21"/>
        <source>Import %1</source>
        <translation>Anîna %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../ui/import_rows.py" line="31"/>
        <source>created %1</source>
        <translation>hat çêkirin %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="32"/>
        <source>updated %1</source>
        <translation>hat nûkirin %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="33"/>
        <source>matched %1, nothing new</source>
        <translation>li %1 hat, tiştek nû nîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="34"/>
        <source>went to %1 (whether it added anything was not recorded)</source>
        <translation>çû ser %1 (nehatiye tomarkirin ka tiştek zêde kir an na)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="36"/>
        <source>repeat of row %1: %2</source>
        <translation>dubareya rêza %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="37"/>
        <source>imported, but its person has been deleted since</source>
        <translation>hat anîn, lê kesê wê ji wê demê ve hat jêbirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="39"/>
        <source>not imported: the import was discarded</source>
        <translation>nehat anîn: anîn hat avêtin</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="40"/>
        <source>waits for a decision</source>
        <translation>li benda biryarê ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="43"/>
        <source>went with row %1 to %2; row %1 withdrawn since</source>
        <translation>bi rêza %1 re çû %2; rêza %1 piştre hat vekişandin</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="44"/>
        <source>rejected: %1</source>
        <translation>hat redkirin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="45"/>
        <source>skipped</source>
        <translation>hat derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="46"/>
        <source>skipped: a repeat of row %1, which was skipped</source>
        <translation>hat derbaskirin: dubareya rêza %1, ku hat derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="48"/>
        <source>withdrawn from %1; waits for a decision</source>
        <translation>ji %1 hat vekişandin; li benda biryarê ye</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="49"/>
        <source>decided: %1, not imported yet</source>
        <translation>biryar: %1, hê nehatiye anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="50"/>
        <source>withdrawn from %1, decided again: %2</source>
        <translation>ji %1 hat vekişandin, dîsa hat biryardan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="52"/>
        <source>%1 (merged into %2 since)</source>
        <translation>%1 (ji hingê ve bi %2 re hatiye yekkirin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="54"/>
        <source>matched %1</source>
        <translation>li %1 hat</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="55"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="95"/>
        <source>Row</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="96"/>
        <source>Name as listed</source>
        <translation>Nav wek di lîsteyê de</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="97"/>
        <source>What happened</source>
        <translation>Çi qewimî</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="98"/>
        <source>Case number</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="144"/>
        <source>Rows of the list and their case numbers (%1):</source>
        <translation>Rêzên lîsteyê û hejmarên dosyayên wan (%1):</translation>
    </message>
</context>
<context>
    <name>ImportRowsTable</name>
    <message>
        <location filename="../../ui/import_rows.py" line="120"/>
        <source>Save rows as CSV...</source>
        <translation>Rêzan wek CSV tomar bike...</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="157"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_rows.py" line="171"/>
        <source>Saved to %1</source>
        <translation>Hate tomarkirin li %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="147"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Hate betalkirin: tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152"/>
        <source>1. Choose the list to import</source>
        <translation>1. Lîsteya ku were anîn hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Choose the file, or type or paste its path</source>
        <translation>Pelê hilbijêre, an rêya wê binivîse an pê ve bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Choose file...</source>
        <translation>Pel hilbijêre...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="167"/>
        <source>e.g. Office of Kidnapped Affairs</source>
        <translation>mînak Ofîsa Karûbarên Revandiyan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>File</source>
        <translation>Pel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Who sent the list</source>
        <translation>Kê lîste şand</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>Read the file</source>
        <translation>Pelê bixwîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Lists (%1)</source>
        <translation>Lîste (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>The box holds more than one line: paste the path of one file.</source>
        <translation>Di qutîkê de ji rêzikekê zêdetir heye: rêya tenê pelekî pê ve bike.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>%1 is not a file on this computer. Copy the list onto this computer, then choose it or paste its path.</source>
        <translation>%1 ne pelek li ser vê komputerê ye. Lîsteyê li ser vê komputerê kopî bike, paşê wê hilbijêre an rêya wê pê ve bike.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202"/>
        <source>Choose a file first.</source>
        <translation>Pêşî pelekî hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205"/>
        <source>%1 is a folder. Choose the list&apos;s file in it.</source>
        <translation>%1 peldankek e. Pelê lîsteyê di nav wê de hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="209"/>
        <source>There is no file at %1. Check the path, or choose the file.</source>
        <translation>Li %1 tu pel tune. Rêyê kontrol bike, an pelê hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>2. Sheet and header row</source>
        <translation>2. Rûpel û rêza sernavan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Sheet</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <location filename="../../ui/import_wizard.py" line="310"/>
        <location filename="../../ui/import_wizard.py" line="403"/>
        <source>Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Next: columns</source>
        <translation>Pêşve: stûn</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source> (hidden)</source>
        <translation> (veşartî)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="255"/>
        <source>This exact file was imported before (batch %1).</source>
        <translation>Ev pel bi xwe berê hatiye anîn (koma %1).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>This exact file was imported before (batch %1), and batch %2, another version of this list, was committed after it: it is read as a new version of the list, not as a double import.</source>
        <translation>Ev pel bi xwe berê hatibû anîn (koma %1), û koma %2, guhertoyeke din a vê lîsteyê, piştî wê hat tomarkirin: ew wek guhertoyeke nû ya lîsteyê tê xwendin, ne wek anîneke ducar.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264"/>
        <source>This exact file is staged already as batch %1, waiting for decisions: decide or discard that batch rather than import it again.</source>
        <translation>Ev pel bi xwe jixwe wek koma %1 hatiye amadekirin û li benda biryaran e: li ser wê komê biryar bide an wê bavêje, li şûna ku wê dîsa bînî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Batch %1 of this list (%2, staged %3) is still waiting for decisions: its rows are not in the vault yet, so this list is compared with the last version committed, not with it, and a woman both versions add may be added twice. Decide or discard that batch first.</source>
        <translation>Koma %1 ya vê lîsteyê (%2, di %3 de hatiye amadekirin) hîn li benda biryaran e: rêzên wê hîn ne di xezîneyê de ne, ji ber vê yekê ev lîste bi guhertoya dawî ya hatiye girtin re tê berhevkirin, ne bi wê komê re, û jinek ku her du guherto lê zêde dikin dibe ku du caran were zêdekirin. Pêşî li ser wê komê biryar bide an wê bavêje.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="278"/>
        <source>Several sheets hold a list: %1. The first is shown; choose the sheet to import above (each sheet is a list of its own).</source>
        <translation>Çend rûpel lîsteyan digirin: %1. Ya yekem tê nîşandan; li jor rûpela ku were anîn hilbijêre (her rûpel lîsteyeke serbixwe ye).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="284"/>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Row</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291"/>
        <source>3. What each column holds</source>
        <translation>3. Her stûn çi dihewîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Column</source>
        <translation>Stûn</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Examples</source>
        <translation>Mînak</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Why suggested</source>
        <translation>Çima hate pêşniyarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Check the rows</source>
        <translation>Rêzan kontrol bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>The saved mapping leaves out %1, which would now be imported. It stands as saved: choose the field below to import the column.</source>
        <translation>Rêkxistina stûnan a tomarkirî %1 derve dihêle, ku niha dê were anîn. Ew wek xwe dimîne: ji bo anîna stûnê qadê li jêr hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366"/>
        <source>4. Preview: what will happen to each row</source>
        <translation>4. Pêşdîtin: dê çi bi her rêzê bê</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>Match</source>
        <translation>Lihevhatin</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="384"/>
        <source>An update would change</source>
        <translation>Nûkirin dê çi biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="385"/>
        <source>Problems</source>
        <translation>Pirsgirêk</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="404"/>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>Continue</source>
        <translation>Bidomîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438"/>
        <source>skipped again, as by hand last time</source>
        <translation>dîsa hat derbaskirin, wek cara berê bi destan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="441"/>
        <source>waits: skipped by hand last time, changed since</source>
        <translation>li benda biryarê ye: cara berê bi destan hat derbaskirin, ji hingê ve hatiye guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="444"/>
        <source>waits: under the list&apos;s signature or total</source>
        <translation>li benda biryarê ye: di bin îmze an tevahiya lîsteyê de</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="456"/>
        <location filename="../../ui/import_wizard.py" line="703"/>
        <source>row %1</source>
        <translation>rêza %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="460"/>
        <source>same as row %1</source>
        <translation>wek rêza %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="473"/>
        <source>Said of everyone this list adds: %1. Given to %n new person(s) whose row does not say it; no person the list updates is given it.</source>
        <translation>
            <numerusform>Tiştê ji bo hemû kesên ku ev lîste lê zêde dike hat gotin: %1. Ji %n kesê nû re tê dayîn ku rêza wî/wê ew nabêje; ji kesekî ku lîste nû dike re nayê dayîn.</numerusform>
            <numerusform>Tiştê ji bo hemû kesên ku ev lîste lê zêde dike hat gotin: %1. Ji %n kesên nû re tê dayîn ku rêza wan ew nabêje; ji kesekî ku lîste nû dike re nayê dayîn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>Select a row to see it in full here.</source>
        <translation>Rêzekê hilbijêre da ku li vir bi tevahî bibînî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="494"/>
        <source>nothing new</source>
        <translation>tiştekî nû tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>adds the family contact %1</source>
        <translation>têkiliya malbatê %1 zêde dike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="507"/>
        <source>Row %1: %2</source>
        <translation>Rêza %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509"/>
        <source>Matches %1</source>
        <translation>Li %1 tê</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="512"/>
        <source>Repeats row %1 of this list.</source>
        <translation>Rêza %1 ya vê lîsteyê dubare dike.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="515"/>
        <source>Skipped again: you skipped this same row by hand in the list&apos;s last version, so nothing of it is imported.</source>
        <translation>Dîsa hat derbaskirin: te heman rêz di guhertoya berê ya lîsteyê de bi destan derbas kir, ji ber vê yekê tiştek jê nayê anîn.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="518"/>
        <source>You skipped a row of these names by hand in the list&apos;s last version, and its cells changed since: you decide in the next step.</source>
        <translation>Te rêzeke bi van navan di guhertoya berê ya lîsteyê de bi destan derbas kir, û şaneyên wê ji hingê ve hatin guhertin: tu di gava pêş de biryar didî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="522"/>
        <source>This row stands under the line on row %1, which ends the list: the name of whoever signed it, perhaps. It is not imported unless you decide so in the next step.</source>
        <translation>Ev rêz di bin rêza %1 de ye, ku lîste pê diqede: dibe ku navê yê ku ew îmze kiriye be. Nayê anîn heke tu di gava pêş de wisa biryar nedî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="530"/>
        <source>Importing updates this person:</source>
        <translation>Anîn vî kesî nû dike:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="531"/>
        <source>Importing changes nothing in this person&apos;s record.</source>
        <translation>Anîn di qeyda vî kesî de tiştekî naguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>Left as in the vault (the list says otherwise):</source>
        <translation>Wek di xezîneyê de dimîne (lîste tiştekî din dibêje):</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Not certain: you decide in the next step.</source>
        <translation>Ne bawer e: tu di gava din de biryarê didî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="539"/>
        <source>A new person will be made of this row.</source>
        <translation>Ji vê rêzê kesekî nû dê bê çêkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="556"/>
        <source>5. Probable matches: decide each row</source>
        <translation>5. Lihevhatinên muhtemel: ji bo her rêzê biryar bide</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="558"/>
        <source>Each row below looks like a person already in the vault or an earlier row of the list. Create a new person, update the matching person, or skip the row.</source>
        <translation>Her rêzeke jêrîn dişibe kesekî ku berê di xezîneyê de ye an rêzeke berê ya lîsteyê. Kesekî nû çêbike, kesê lihevhatî nû bike, an rêzê derbas bike.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="626"/>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>As row %1: the same woman</source>
        <translation>Wek rêza %1: heman jin</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="663"/>
        <source>It stands under the line on row %1, which ends the list: the name of whoever signed it, or a person the list names after its end. Create her only if she is one.</source>
        <translation>Ew di bin rêza %1 de ye, ku lîste pê diqede: navê yê ku ew îmze kiriye, an kesek ku lîste piştî dawiya xwe navê wê dide. Tenê heke ew kesek wisa be, wê çêke.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="671"/>
        <source>Row %1 of this list looks like the same woman.</source>
        <translation>Xuya ye ku rêza %1 ya vê lîsteyê heman jin e.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="673"/>
        <source>Rows %1 of this list look like the same woman.</source>
        <translation>Xuya ye ku rêzên %1 yên vê lîsteyê heman jin in.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>Fits as well (score %1): %2</source>
        <translation>Bi heman rengî li hev tê (puan %1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="696"/>
        <source>This row may be one of them, not both.</source>
        <translation>Dibe ku ev rêz yek ji wan be, ne herdu.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="702"/>
        <source>No one in the vault</source>
        <translation>Di xezîneyê de kes tune</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Row %1 of this list already updates %2.</source>
        <translation>Rêza %1 ya vê lîsteyê jixwe %2 nû dike.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="714"/>
        <source>Rows %1 of this list already update %2.</source>
        <translation>Rêzên %1 yên vê lîsteyê jixwe %2 nû dikin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="776"/>
        <source>Nothing was imported: you did not say yes to updating %1. Choose to create a new person or to skip instead, then Import.</source>
        <translation>Tiştek nehat anîn: te ji bo nûkirina ji %1 erê negot. Li şûna wê çêkirina kesekî nû an derbaskirinê hilbijêre, paşê «Bîne» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="835"/>
        <source>Nothing was imported: the person chosen to update for %1 has been deleted since this page was filled. Choose again, then Import.</source>
        <translation>Tiştek nehat anîn: kesê ku ji bo nûkirinê ji %1 hatibû hilbijartin, piştî dagirtina vê rûpelê hate jêbirin. Dîsa hilbijêre, paşê «Bîne» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="839"/>
        <source>Nothing was imported: the vault changed while this page was open, and the update chosen for %1 is now in doubt. Import asks you about it.</source>
        <translation>Tiştek nehat anîn: dema ev rûpel vekirî bû xezîne hate guhertin, û nûkirina ku ji %1 hatibû hilbijartin niha bi guman e. Dema tu «Bîne» bitikînî, li ser wê ji te tê pirsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="844"/>
        <source>Nothing was imported yet: %1 was taken for a person whose record has been deleted since this page was filled; its values were erased with that record, and it will not be imported. Check the other rows, then Import.</source>
        <translation>Hîn tiştek nehatiye anîn: %1 ji bo kesekî hat hesibandin ku tomara wê piştî dagirtina vê rûpelê hate jêbirin; nirxên wê bi wê tomarê re hatin jêbirin, û ew nayê anîn. Rêzên din kontrol bike, paşê «Bîne» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="850"/>
        <source>Nothing was imported yet: your other decisions are kept, and a person entered since the list was staged looks like %1. Decide, then Import.</source>
        <translation>Hîn tiştek nehatiye anîn: biryarên te yên din hatine parastin, û kesek ku piştî amadekirina lîsteyê hate tomarkirin dişibe %1. Biryarê bide, paşê «Bîne» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="855"/>
        <source>Nothing was imported yet: your other decisions are kept, and a record edited after the decision on %1 now disagrees with the list. Decide again, then Import.</source>
        <translation>Hîn tiştek nehatiye anîn: biryarên te yên din hatine parastin, û tomarek ku piştî biryara li ser %1 hate guhertin êdî li gorî lîsteyê nîne. Dîsa biryarê bide, paşê «Bîne» bitikîne.</translation>
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
        <translation>(wek %1 hat xwendin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="383"/>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>In the list</source>
        <translation>Di lîsteyê de</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="251"/>
        <source>Header on row %1; %n row(s).</source>
        <translation>
            <numerusform>Sernav li rêza %1; %n rêz.</numerusform>
            <numerusform>Sernav li rêza %1; %n rêz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="252"/>
        <source>%n blank row(s) skipped.</source>
        <translation>
            <numerusform>%n rêza vala hate derbaskirin.</numerusform>
            <numerusform>%n rêzên vala hatin derbaskirin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="566"/>
        <source>Vault person</source>
        <translation>Kesê di xezîneyê de</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Why</source>
        <translation>Çima</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="567"/>
        <source>Decision</source>
        <translation>Biryar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="576"/>
        <source>Discard this import</source>
        <translation>Vê anînê bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <location filename="../../ui/import_wizard.py" line="577"/>
        <source>Import</source>
        <translation>Bîne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>The new person is given what was said of the whole list, not in this row: %1</source>
        <translation>Tiştê ji bo tevahiya lîsteyê hat gotin ji kesê nû re tê dayîn, ne yê di vê rêzê de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="613"/>
        <source>Choose...</source>
        <translation>Hilbijêre...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="614"/>
        <source>Create new person</source>
        <translation>Kesekî nû çêbike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="618"/>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Update %1</source>
        <translation>%1 nû bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <source>Skip row</source>
        <translation>Rêzê derbas bike</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="683"/>
        <location filename="../../ui/import_wizard.py" line="690"/>
        <source>(matched %1, since merged into this record)</source>
        <translation>(bi %1 re li hev hat, ku paşê bi vê tomarê re hat yekkirin)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="700"/>
        <source>The person it matched has been deleted since the list was staged.</source>
        <translation>Kesê ku ev rêz pê re li hev hat, piştî amadekirina lîsteyê hate jêbirin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="739"/>
        <source>Decide every row first: create a new person, update the person it matches, or skip it. Rows still to decide: %1.</source>
        <translation>Pêşî ji bo her rêzê biryarê bide: kesekî nû çêbike, kesê ku pê re li hev tê nû bike, an wê derbas bike. Rêzên ku hîn li benda biryarê ne: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="864"/>
        <source>Discard import %1? Nothing of the list goes into the vault, and the decisions on this page are lost.</source>
        <translation>Anîna %1 bê avêtin? Tiştek ji lîsteyê naçe xezîneyê, û biryarên vê rûpelê winda dibin.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="867"/>
        <source>Decisions you chose on this page: %1.</source>
        <translation>Biryarên ku te di vê rûpelê de hilbijartin: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="868"/>
        <source>Discard the import</source>
        <translation>Anînê bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="875"/>
        <source>Imported</source>
        <translation>Hate anîn</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="892"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location filename="../../ui/import_report.py" line="1078"/>
        <source>Column %1</source>
        <translation>Stûna %1</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <location filename="../../ui/imports_view.py" line="25"/>
        <source>New import...</source>
        <translation>Anîneke nû...</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="28"/>
        <source>Finish the selected import</source>
        <translation>Anîna hilbijartî temam bike</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="31"/>
        <source>Show the selected import&apos;s report</source>
        <translation>Rapora anîna hilbijartî nîşan bide</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>Batch</source>
        <translation>Kom</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>State</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="45"/>
        <source>File</source>
        <translation>Pel</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Rows</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="46"/>
        <source>Waiting</source>
        <translation>Li bendê</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="47"/>
        <source>Imported (UTC)</source>
        <translation>Dema anînê (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>waiting for decisions</source>
        <translation>li benda biryaran e</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="66"/>
        <source>imported</source>
        <translation>hat anîn</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="67"/>
        <source>discarded</source>
        <translation>hat avêtin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports_view.py" line="71"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>Anîn: %n</numerusform>
            <numerusform>Anîn: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="76"/>
        <source>%1, sheet %2</source>
        <translation>%1, rûpela %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="92"/>
        <source>Select an import in the list first.</source>
        <translation>Pêşî anîneke di lîsteyê de hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="114"/>
        <source>Import %1 is finished already: its rows are in the vault. Nothing waits.</source>
        <translation>Anîna %1 berê qediyaye: rêzên wê di xezîneyê de ne. Tiştek li bendê nîne.</translation>
    </message>
    <message>
        <location filename="../../ui/imports_view.py" line="117"/>
        <source>Import %1 was discarded: nothing of it is in the vault. Import the file again to use it.</source>
        <translation>Anîna %1 hat avêtin: tiştek ji wê di xezîneyê de nîne. Ji bo bikaranînê, pelê dîsa bîne.</translation>
    </message>
</context>
<context>
    <name>ListChanges</name>
    <message>
        <location filename="../../ui/list_changes.py" line="24"/>
        <source>status changed</source>
        <translation>rewş guherî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="25"/>
        <source>changed</source>
        <translation>guherî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="26"/>
        <source>added</source>
        <translation>zêdekirî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="27"/>
        <source>removed</source>
        <translation>rakirî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="28"/>
        <source>cell left blank</source>
        <translation>şaneya vala hiştî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Change</source>
        <translation>Guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="40"/>
        <source>Row before</source>
        <translation>Rêza berê</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>In the list</source>
        <translation>Di lîsteyê de</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>Person</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="41"/>
        <source>What changed</source>
        <translation>Çi guherî</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="60"/>
        <source>Changes since the last import of this list:</source>
        <translation>Guhertinên ji importa dawî ya vê lîsteyê û vir ve:</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="110"/>
        <source>perhaps %1: a probable match that waits for your decision</source>
        <translation>belkî %1: lihevhatineke muhtemel e ku li benda biryara te ye</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="113"/>
        <source>skipped</source>
        <translation>hat derbaskirin</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="137"/>
        <source>(blank)</source>
        <translation>(vala)</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="139"/>
        <source>%1: was %2, now %3</source>
        <translation>%1: berê %2 bû, niha %3</translation>
    </message>
    <message>
        <location filename="../../ui/list_changes.py" line="146"/>
        <source>%1: left blank (was %2)</source>
        <translation>%1: vala hat hiştin (berê %2 bû)</translation>
    </message>
</context>
<context>
    <name>ListWideChoice</name>
    <message>
        <location filename="../../ui/import_list_wide.py" line="19"/>
        <source>Everyone this list adds is:</source>
        <translation>Hemû kesên ku ev lîste lê zêde dike:</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="23"/>
        <location filename="../../ui/import_list_wide.py" line="28"/>
        <source>as the row says</source>
        <translation>wek ku rêz dibêje</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="42"/>
        <source>Given only to the persons this import creates, where their row does not say it: a row&apos;s own sex or status always wins. A person already in the vault that the list updates is never given it: a word about a whole list is no evidence about a known record. A status given so counts as known on the day the list is read, and her history says it was said of the whole list, not in her row. Matching is not changed by it. A row whose own sex or status cell says something, read or not, is not given it. A probable match made a new person is given it, decided one by one or all at once; it is still listed as a possible duplicate. Made new all at once, one that resembles a woman the vault knows as rescued, reunited or deceased is given the sex but not the status, and the report names its row. It is said of this list only: the sender&apos;s next list is not given it unless you choose it again.</source>
        <translation>Tenê ji kesên ku ev anîn çêdike re tê dayîn, li cihê ku rêza wan ew nabêje: zayend an rewşa rêzê bi xwe her dem bi ser dikeve. Qet ji kesekî ku di xezîneyê de ye û lîste wî/wê nû dike re nayê dayîn: gotinek li ser tevahiya lîsteyekê ne delîl e li ser tomareke naskirî. Rewşa ku wiha tê dayîn di roja xwendina lîsteyê de wek naskirî tê hesibandin, û dîroka wê dibêje ku ji bo tevahiya lîsteyê hat gotin, ne di rêza wê de. Hevberkirin bi vê naguhere. Ji rêzeke ku xaneya wê ya zayend an rewşê tiştekî dibêje re, hatibe xwendin an na, nayê dayîn. Lihevhatineke muhtemel ku bû kesekî nû wê distîne, çi yek bi yek çi bi carekê hatibe biryardan; ew hê jî wek dubareyeke muhtemel tê nîşandan. Heke bi carekê bû nû û dişibe jineke ku xezîne wek rizgarkirî, gihîştî malbatê an mirî nas dike, zayendê distîne lê rewşê nastîne, û rapor rêza wê bi nav dike. Tenê ji bo vê lîsteyê tê gotin: lîsteya din a heman şanderî wê nastîne heta ku tu dîsa wê hilbijêrî.</translation>
    </message>
    <message>
        <location filename="../../ui/import_list_wide.py" line="68"/>
        <source>The last list from this sender was said to add everyone as: %1. Not chosen for this list: what is said of one list is not said of the next; choose it again if it holds for this list too.</source>
        <translation>Ji bo lîsteya dawî ya vî şanderî hat gotin ku hemû kesên ku lê zêde dike: %1. Ji bo vê lîsteyê nehat hilbijartin: tiştê ku ji bo lîsteyekê tê gotin ji bo ya din nayê gotin; heke ji bo vê lîsteyê jî rast be, dîsa hilbijêre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Persons</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Duplicates</source>
        <translation>Dubare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Reports</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Rescues</source>
        <translation>Rizgarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Imports</source>
        <translation>Anîn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Audit</source>
        <translation>Tomara kontrolê</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Vault</source>
        <translation>&amp;Xezîne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Back up...</source>
        <translation>Yedek girtin...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Change passphrase...</source>
        <translation>Şîfreyê biguherîne...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>New recovery code...</source>
        <translation>Koda vegerandinê ya nû...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Settings...</source>
        <translation>Mîheng...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Lock</source>
        <translation>Kilît bike</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Quit</source>
        <translation>Derkeve</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>DANEYÊN DEMOYÊ YÊN ÇÊKIRÎ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>A new recovery code was made on %1 and never shown (the program stopped first): the code written down may no longer open the vault. Make a new one: Vault &gt; New recovery code...</source>
        <translation>Koda vegerandinê ya nû di %1 de hate çêkirin û qet nehat nîşandan (bername berê rawestiya): dibe ku koda nivîsandî êdî xezîneyê veneke. Yeke nû çêke: Xezîne &gt; Koda vegerandinê ya nû...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Deleted at this unlock, beside the vault: %1, the copy of a backup that a restore left when it was cut off. The vault was not replaced by it: to restore that backup, lock the vault (Vault &gt; Lock) and choose &quot;Restore from a backup...&quot; again. The Audit screen lists it too.</source>
        <translation>Di vê vekirinê de, li kêleka xezîneyê hate jêbirin: %1, kopiya yedekekê ku vegerandineke qutbûyî li pey xwe hiştibû. Xezîne bi wê nehat guhertin: ji bo vegerandina wê yedekê, xezîneyê kilît bike (Xezîne &gt; Kilît bike) û dîsa «Ji yedekekê vegerîne...» hilbijêre. Rûpela Tomara kontrolê jî wê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Could not delete %1 (%2): the copy of a backup that a restore left beside the vault when it was cut off. It opens with the passphrase the vault had then; delete it yourself.</source>
        <translation>%1 nehat jêbirin (%2): kopiya yedekekê ku vegerandineke qutbûyî li kêleka xezîneyê hiştibû. Ew bi şîfreya ku xezîneyê wê demê hebû vedibe; bi xwe jê bibe.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>%1 was a backup: it is now a working vault (it was unlocked), and the backup it was is gone. Keep another copy: Vault &gt; Back up...</source>
        <translation>%1 yedek bû: niha xezîneyeke ku pê tê xebitîn e (hate vekirin), û ew yedeka ku ew bû êdî tune ye. Kopiyeke din bihêle: Xezîne &gt; Yedek girtin...</translation>
    </message>
</context>
<context>
    <name>MergedRecord</name>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Merged record</source>
        <translation>Tomara yekkirî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>%1 (from %2)</source>
        <translation>%1 (ji tomara %2)</translation>
    </message>
</context>
<context>
    <name>NameBoxes</name>
    <message>
        <location filename="../../ui/name_boxes.py" line="22"/>
        <source>%1, Arabic script box: %2 is in Latin letters; type it in the Latin letters box</source>
        <translation>%1, qutiya tîpên erebî: %2 bi tîpên latînî ye; wê di qutiya tîpên latînî de binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/name_boxes.py" line="26"/>
        <source>%1, Latin letters box: %2 is in Arabic script; type it in the Arabic script box</source>
        <translation>%1, qutiya tîpên latînî: %2 bi tîpên erebî ye; wê di qutiya tîpên erebî de binivîse</translation>
    </message>
</context>
<context>
    <name>NamePart</name>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Given name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Father</source>
        <translation>Navê bav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Grandfather</source>
        <translation>Navê bapîr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Family / clan</source>
        <translation>Paşnav / eşîr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="272"/>
        <source>Mother</source>
        <translation>Navê dayikê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Nickname</source>
        <translation>Leqeb</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>(given name unknown) %1</source>
        <translation>(navê yekem nayê zanîn) %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>(no name)</source>
        <translation>(bê nav)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>known as %1</source>
        <comment>of a man</comment>
        <translation>bi navê %1 tê nasîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="230"/>
        <source>known as %1</source>
        <translation>bi navê %1 tê nasîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>known as %1</source>
        <comment>of a person of unrecorded sex</comment>
        <translation>bi navê %1 tê nasîn</translation>
    </message>
</context>
<context>
    <name>NamesErased</name>
    <message>
        <location filename="../../ui/name_erased_question.py" line="24"/>
        <source>Saving erases these names from %1:</source>
        <translation>Tomarkirin van navan ji %1 paqij dike:</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="28"/>
        <source>Search and the papers no longer find the record by a name erased. Cancel puts the names back in their boxes; nothing is saved.</source>
        <translation>Lêgerîn û belge êdî tomarê bi navekî paqijkirî nabînin. «Betal bike» navan vedigerîne qutiyên wan; tiştek nayê tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/name_erased_question.py" line="31"/>
        <source>Erase and save</source>
        <translation>Paqij bike û tomar bike</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="103"/>
        <source>New passphrase</source>
        <translation>Şîfreya nû</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="107"/>
        <source>Repeat it</source>
        <translation>Dubare bike</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Too short: at least 8 characters</source>
        <translation>Pir kurt e: herî kêm 8 tîp</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="114"/>
        <source>Weak: add more words</source>
        <translation>Qels: peyvên din zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Fair: a longer passphrase is better</source>
        <translation>Navîn: dirêjtir çêtir e</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="115"/>
        <source>Good</source>
        <translation>Baş</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="116"/>
        <source>Strong</source>
        <translation>Xurt</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="124"/>
        <source>Several unrelated words make a strong passphrase.</source>
        <translation>Çend peyvên ne girêdayî şîfreyeke xurt çêdikin.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="126"/>
        <source>This passphrase has Arabic-Indic or Persian digits (%1): type them the same way every time. The same number in Latin digits (%2) is another passphrase and will not open the vault.</source>
        <translation>Di vê şîfreyê de hejmarên erebî-rojhilatî an farisî hene (%1): wan her car bi heman awayî binivîse. Heman hejmar bi hejmarên latînî (%2) şîfreyeke din e û xezîneyê venake.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="131"/>
        <source>The two passphrases differ.</source>
        <translation>Her du şîfre ne wek hev in.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../ui/new_person.py" line="118"/>
        <source>New person</source>
        <translation>Kesê nû</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="123"/>
        <source>Names</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="125"/>
        <source>Arabic script</source>
        <translation>Bi nivîsa erebî</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="126"/>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Latin letters</source>
        <translation>Bi tîpên latînî</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="146"/>
        <location filename="../../ui/new_person.py" line="171"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Born</source>
        <translation>Jidayikbûn</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="157"/>
        <location filename="../../ui/new_person.py" line="174"/>
        <source>Abducted on</source>
        <translation>Dîroka revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="160"/>
        <source>Not given</source>
        <translation>Nehatiye gotin</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="163"/>
        <location filename="../../ui/new_person.py" line="176"/>
        <source>Status date</source>
        <translation>Dîroka rewşê</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="164"/>
        <source>e.g. 08/2014; blank: as of today</source>
        <translation>mînak 08/2014; vala: heta îro</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="170"/>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="172"/>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Village</source>
        <translation>Gund</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="175"/>
        <source>Current status</source>
        <translation>Rewşa niha</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="177"/>
        <source>Notes</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="190"/>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="194"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="263"/>
        <source>Will be saved as %1, the spelling kept for this village</source>
        <translation>Wek %1 dê were tomarkirin, rastnivîsa ku ji bo vî gundî tê parastin</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Case</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="279"/>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="280"/>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="281"/>
        <source>Why</source>
        <translation>Çima</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="290"/>
        <source>Open the existing person</source>
        <translation>Kesê heyî veke</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="293"/>
        <source>Save as a new person anyway</source>
        <translation>Dîsa jî wek kesekî nû tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="322"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>di %1 de tîpên erebî û tîpên latînî hene: her rastnivîsekê di qutiya wê de binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="332"/>
        <source>Type at least one name, in Arabic script or in Latin letters.</source>
        <translation>Herî kêm navekî binivîse, bi nivîsa erebî an bi tîpên latînî.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="361"/>
        <source>Looking for this person in the vault...</source>
        <translation>Ev kes di xezîneyê de tê lêgerîn...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="377"/>
        <source>The vault may already hold this person: nothing is saved yet. Open the existing person, or save a new person anyway if none of these is the same.</source>
        <translation>Dibe ku ev kes jixwe di xezîneyê de hebe: hîn tiştek nehatiye tomarkirin. Kesê heyî veke, an heke tu yek ji wan ne heman kes be, dîsa jî wek kesekî nû tomar bike.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="411"/>
        <source>Comparing what you typed with the record...</source>
        <translation>Tiştê te nivîsî bi tomarê re tê berhevkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="428"/>
        <source>Add them and open the record</source>
        <translation>Wan lê zêde bike û tomarê veke</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="430"/>
        <source>Open without adding</source>
        <translation>Bêyî lêzêdekirinê veke</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="432"/>
        <source>Open the record</source>
        <translation>Tomarê veke</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="436"/>
        <source>Adding to the record...</source>
        <translation>Li tomarê tê zêdekirin...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="459"/>
        <source>Saving...</source>
        <translation>Tê tomarkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="491"/>
        <source>Discard what you typed?</source>
        <translation>Tiştê te nivîsî bê avêtin?</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="492"/>
        <source>The form closes and nothing typed in it is kept.</source>
        <translation>Form tê girtin û tiştekî ku tê de hatiye nivîsîn nayê hilanîn.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="493"/>
        <source>Discard</source>
        <translation>Bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/new_person.py" line="554"/>
        <source>No date: known by %1, the day it is saved</source>
        <translation>Bê dîrok: wek ku heta %1 tê zanîn tê tomarkirin, roja tomarkirinê</translation>
    </message>
</context>
<context>
    <name>NewPersonKeeper</name>
    <message>
        <location filename="../../ui/new_person_kept.py" line="51"/>
        <source>A New person form was open when the vault locked, with what you had typed in it.</source>
        <translation>Dema ku xezîne hate kilîtkirin, formeke «Kesê nû» vekirî bû, bi tiştên ku te tê de nivîsîbûn.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="53"/>
        <source>Open it again to finish it, or discard it. Cancel keeps it for later: New person opens it.</source>
        <translation>Ji nû ve veke da ku temam bikî, an bavêje. «Betal bike» wê ji bo paşê dihêle: «Kesê nû» wê vedike.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="56"/>
        <source>Open it again</source>
        <translation>Ji nû ve veke</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="57"/>
        <source>Discard it</source>
        <translation>Bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="111"/>
        <source>Discard what you typed in the New person form?</source>
        <translation>Tiştê te di forma «Kesê nû» de nivîsî bê avêtin?</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="112"/>
        <source>CaseKeeper closes and nothing typed in the form is kept.</source>
        <translation>Bername tê girtin û tiştekî ku di formê de hatiye nivîsîn nayê hilanîn.</translation>
    </message>
    <message>
        <location filename="../../ui/new_person_kept.py" line="114"/>
        <source>Discard and close</source>
        <translation>Bavêje û bigire</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="26"/>
        <source>Make a new recovery code: the code written down before no longer opens the vault; the passphrase stays as it is. Type the current passphrase.</source>
        <translation>Kodeke vegerandinê ya nû çêke: koda ku berê hatiye nivîsandin êdî xezîneyê venake; şîfre wek xwe dimîne. Şîfreya niha binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="40"/>
        <source>Write the new recovery code down now and keep it apart from the laptop; it is shown only once, and the old code no longer opens the vault. Backups made before still open with the old code: make a new backup and destroy the old ones.</source>
        <translation>Koda vegerandinê ya nû niha binivîse û wê ji laptopê dûr biparêze; ew tenê carekê tê nîşandan, û koda kevn êdî xezîneyê venake. Yedekên ku berê hatine çêkirin hîn bi koda kevn vedibin: yedekeke nû çêke û yên kevn tune bike.</translation>
    </message>
    <message>
        <location filename="../../ui/new_recovery_code_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>Şîfreya niha</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../ui/labels.py" line="330"/>
        <source>new person</source>
        <translation>kesê nû</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>already known</source>
        <translation>jixwe tê nasîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
        <source>probable match</source>
        <translation>lihevhatina muhtemel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="333"/>
        <source>rejected</source>
        <translation>hate redkirin</translation>
    </message>
</context>
<context>
    <name>OutcomeBoxes</name>
    <message>
        <location filename="../../ui/report_outcome.py" line="19"/>
        <source>Proved false</source>
        <translation>Derew derket</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="22"/>
        <source>What the report told proved false. A status resting on it is withdrawn first. The team&apos;s papers print it marked; a court&apos;s leaves it out and counts it.</source>
        <translation>Tiştê ku raporê got derew derket. Pêşî her rewşeke ku xwe dispêre wê vekişîne. Kaxezên tîmê wê bi nîşan çap dikin; yên dadgehê wê derdixin û hejmara wê dibêjin.</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="26"/>
        <source>Why it proved false</source>
        <translation>Çima derew derket</translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="29"/>
        <source>When (today if empty)</source>
        <translation>Kengê (îro, eger vala be)</translation>
    </message>
</context>
<context>
    <name>PdfPassword</name>
    <message>
        <location filename="../../ui/print_password.py" line="27"/>
        <source>Protect the PDF with a password</source>
        <translation>PDFê bi şîfreya PDF biparêze</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="33"/>
        <source>Ticked for this paper: it carries informants&apos; reports, phone numbers and payments.</source>
        <translation>Ji bo vê kaxezê nîşankirî ye: raporên çavkaniyan, hejmarên telefonê û dayîn tê de hene.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="37"/>
        <source>At least %1 characters. Blanks at either end are no part of it, as in the command line&apos;s password file.</source>
        <translation>Herî kêm %1 tîp. Valahiyên li serî an li dawiyê ne beşek jê ne, wek di pela şîfreyê ya rêzika fermanê de.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="44"/>
        <source>CaseKeeper does not keep it: whoever is to open the PDF must be told it apart from the file.</source>
        <translation>CaseKeeper şîfreya PDF nagire: ji kesê ku dê PDFê veke re, cuda ji pelê, bibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="51"/>
        <source>PDF password (not your vault passphrase)</source>
        <translation>Şîfreya PDFê (ne şîfreya xezîneya te)</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="53"/>
        <source>Repeat it</source>
        <translation>Dubare bike</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="80"/>
        <source>The two passwords differ: nothing was saved. Type the same password in both boxes.</source>
        <translation>Her du şîfreyên PDF ne wek hev in: tiştek nehat tomarkirin. Heman şîfreya PDF di her du qutiyan de binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="87"/>
        <source>Type a password in both boxes, or untick Protect the PDF with a password: nothing was saved.</source>
        <translation>Şîfreya PDF di her du qutiyan de binivîse, an nîşana «PDFê bi şîfreya PDF biparêze» rake: tiştek nehat tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="92"/>
        <source>The password must be at least %1 characters long, or whoever gets the file guesses it in moments: nothing was saved. A few words are easy to type.</source>
        <translation>Divê şîfreya PDF herî kêm %1 tîp be, an na kî ku pelê bi dest bixe di çend kêliyan de wê texmîn dike: tiştek nehat tomarkirin. Çend peyv bi hêsanî têne nivîsandin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="100"/>
        <source>PDF readers refuse a password that mixes Arabic-script and Latin letters, or that does not begin and end with an Arabic-script letter: nothing was saved. Choose another password.</source>
        <translation>Xwendevanên PDF şîfreya PDF ya ku tîpên alfabeya erebî û tîpên latînî tevlihev dike, an bi tîpeke alfabeya erebî dest pê nake û bi dawî nabe, red dikin: tiştek nehat tomarkirin. Şîfreyeke PDF ya din hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/print_password.py" line="103"/>
        <source>PDF readers refuse a password that holds a control character or a private-use character: nothing was saved. Choose another password.</source>
        <translation>Xwendevanên PDF şîfreya PDF ya ku nîşaneke kontrolê an nîşaneke bikaranîna taybet tê de heye red dikin: tiştek nehat tomarkirin. Şîfreyeke PDF ya din hilbijêre.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person_form.py" line="57"/>
        <source>Names</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="64"/>
        <source>Original script</source>
        <translation>Bi nivîsa orîjînal</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="65"/>
        <source>Latin letters</source>
        <translation>Bi tîpên latînî</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="81"/>
        <source>Other spellings (separated by |)</source>
        <translation>Rastnivîsên din (bi | veqetandî)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="96"/>
        <source>Who may receive her record. Each level includes those before it: a court&apos;s document lists persons whose level is Court, Family or Public appeal; a family&apos;s, Family or Public appeal; a public appeal, Public appeal only. Internal only: the team&apos;s own documents.</source>
        <translation>Kî dikare tomara wê bistîne. Her ast yên berî xwe jî dihewîne: belgeya dadgehê kesên ku asta wan Dadgeh, Malbat an Banga giştî ye rêz dike; ya malbatê, Malbat an Banga giştî; banga giştî, tenê Banga giştî. Tenê navxweyî: belgeyên tîmê bi xwe.</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="22"/>
        <location filename="../../ui/person_form.py" line="121"/>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="122"/>
        <source>Born (e.g. 1998, about 2001, 12/03/2004)</source>
        <translation>Jidayikbûn (mînak 1998, nêzîkî 2001, 12/03/2004)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="11"/>
        <location filename="../../ui/person_form.py" line="124"/>
        <source>Village</source>
        <translation>Gund</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="12"/>
        <location filename="../../ui/person_form.py" line="125"/>
        <source>District</source>
        <translation>Qeza</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="13"/>
        <location filename="../../ui/person_form.py" line="126"/>
        <source>Governorate</source>
        <translation>Parêzgeh</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="20"/>
        <location filename="../../ui/person_form.py" line="127"/>
        <location filename="../../ui/person_form.py" line="277"/>
        <source>Abducted on</source>
        <translation>Dîroka revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="14"/>
        <location filename="../../ui/person_form.py" line="128"/>
        <source>Abducted at</source>
        <translation>Cihê revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="15"/>
        <location filename="../../ui/person_form.py" line="129"/>
        <source>Last known location</source>
        <translation>Cihê dawî yê naskirî</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="16"/>
        <location filename="../../ui/person_form.py" line="130"/>
        <source>Held by</source>
        <translation>Li cem kê girtî ye</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="21"/>
        <location filename="../../ui/person_form.py" line="131"/>
        <source>Sharing</source>
        <translation>Parvekirin</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="17"/>
        <location filename="../../ui/person_form.py" line="136"/>
        <source>Circumstances</source>
        <translation>Rewşa bûyerê</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="18"/>
        <location filename="../../ui/person_form.py" line="137"/>
        <source>Notes</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="178"/>
        <source>not read as a date</source>
        <translation>wek dîrok nehatiye xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="180"/>
        <source>read as %1</source>
        <translation>wek %1 hate xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="260"/>
        <source>%1 holds Arabic script and Latin letters: type each spelling in its own box</source>
        <translation>di %1 de tîpên erebî û tîpên latînî hene: her rastnivîsekê di qutiya wê de binivîse</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="19"/>
        <location filename="../../ui/person_form.py" line="275"/>
        <source>Born</source>
        <translation>Jidayikbûn</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="307"/>
        <source>%1: %2 cannot be read as a date (e.g. 1998, about 1998, 12/03/1998)</source>
        <translation>%1: %2 wek dîrok nayê xwendin (mînak 1998, nêzîkî 1998, 12/03/1998)</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.py" line="313"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 di pêşerojê de ye</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/person_page.py" line="92"/>
        <source>Split out</source>
        <translation>Veqetîne</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="99"/>
        <source>Back to list</source>
        <translation>Vegere lîsteyê</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="100"/>
        <source>Copy case number</source>
        <translation>Hejmara dosyayê kopî bike</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="101"/>
        <source>Print dossier...</source>
        <translation>Dosyayê çap bike...</translation>
    </message>
    <message>
        <location filename="../../ui/import_names_kept.py" line="31"/>
        <location filename="../../ui/person_page.py" line="107"/>
        <source>Edit</source>
        <translation>Biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="108"/>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="109"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="110"/>
        <source>Undo last change</source>
        <translation>Guhertina dawî paşve bigire</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="113"/>
        <source>Restore draft</source>
        <translation>Reşnivîsê vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="114"/>
        <source>Discard draft</source>
        <translation>Reşnivîsê bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>List</source>
        <translation>Lîste</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="105"/>
        <source>Same person as...</source>
        <translation>Heman kes e wek...</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="112"/>
        <source>Reload</source>
        <translation>Ji nû ve bar bike</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>File</source>
        <translation>Pel</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="148"/>
        <source>Batch</source>
        <translation>Kom</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <source>Sheet</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="149"/>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Row</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>Recorded</source>
        <translation>Dema tomarkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="150"/>
        <source>What the list said</source>
        <translation>Tiştê ku lîsteyê gotiye</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>When (UTC)</source>
        <translation>Dem (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="153"/>
        <source>Action</source>
        <translation>Kiryar</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Detail</source>
        <translation>Hûrgilî</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="154"/>
        <source>Record</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="155"/>
        <source>Field</source>
        <translation>Qad</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The list said</source>
        <translation>Lîsteyê got</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="156"/>
        <source>The vault keeps</source>
        <translation>Xezîne dihêle</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="158"/>
        <source>Status timeline</source>
        <translation>Demhêla rewşê</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="159"/>
        <source>Relatives</source>
        <translation>Xizm</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="160"/>
        <source>Family contacts</source>
        <translation>Têkiliyên malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="161"/>
        <source>Photos</source>
        <translation>Wêne</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="162"/>
        <source>Reports</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="163"/>
        <source>Rescues</source>
        <translation>Rizgarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="164"/>
        <source>Provenance</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="165"/>
        <location filename="../../ui/person_page.py" line="301"/>
        <source>Not taken from lists</source>
        <translation>Ya ji lîsteyan nehat girtin</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="166"/>
        <source>History</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="225"/>
        <source>Records merged into this one:</source>
        <translation>Tomarên ku bi vê re hatine yekkirin:</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="236"/>
        <source>This record is merged into %1, which holds all that is known of this person; it is kept for its history.</source>
        <translation>Ev tomar bi %1 re hatiye yekkirin, ku her tiştê li ser vî kesî tê zanîn tê de ye; ji bo dîroka xwe tê parastin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="255"/>
        <source>%1 (record %2, merged into this one)</source>
        <translation>%1 (tomara %2, bi vê re hatiye yekkirin)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="269"/>
        <source>%1, read as %2</source>
        <translation>%1, wek %2 hat xwendin</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="290"/>
        <source>(settled: the vault holds the list&apos;s value now)</source>
        <translation>(hate çareserkirin: xezîne niha nirxa lîsteyê digire)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="292"/>
        <source>(settled: batch %1 (%2), a later version of the list, no longer says it)</source>
        <translation>(hate çareserkirin: koma %1 (%2), guhertoyeke nûtir a lîsteyê, êdî vê nabêje)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="355"/>
        <source>Saved at %1.</source>
        <translation>Di saet %1 de hate tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="363"/>
        <source>%1 was saved elsewhere since you began editing, so nothing was saved. Reload takes her record as it is saved now and keeps what you typed on top of it; where a field you changed was changed there too, you choose which to keep. Then save again.</source>
        <translation>%1 ji dema ku te dest bi guherandinê kir ve li cihekî din hat tomarkirin, ji ber vê tiştek nehat tomarkirin. «Ji nû ve bar bike» tomara wê wek ku niha tomarkirî ye digire û tiştê ku te nivîsiye li ser wê dihêle; li cihê ku qadeke ku te guhertiye li wir jî hatibe guhertin, tu hildibijêrî kîjan bimîne. Paşê dîsa tomar bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="412"/>
        <source>Last change undone at %1.</source>
        <translation>Guhertina dawî di saet %1 de hate paşvekirin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="462"/>
        <source>Her record as it is saved now, with what you typed on top of it. Nothing is saved until you click Save.</source>
        <translation>Tomara wê wek ku niha tomarkirî ye, bi tiştê ku te nivîsiye li ser wê. Heta ku tu li «Tomar bike» nexî, tiştek nayê tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="495"/>
        <source>Dated %1, when report %2 was observed. Withdraw it and add it again with its date if it happened on another day.</source>
        <translation>Dîroka %1 lê hat danîn, dema dîtinê ya rapora %2. Heke di rojek din de qewimî, wê paşde bikişîne û bi dîroka wê dîsa zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="508"/>
        <source>Her death is recorded on %1. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>Mirina wê li %1 hatiye tomarkirin. Heke nûçeya mirinê şaş bû, wê paşde bikişîne; heke ev şaş e, vê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="511"/>
        <source>Her death is recorded on %1, before this. If the death was reported in error, withdraw it; if this is wrong, withdraw this (select it, then Withdraw the selected status).</source>
        <translation>Mirina wê li %1 hatiye tomarkirin, berî vê. Heke nûçeya mirinê şaş bû, wê paşde bikişîne; heke ev şaş e, vê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="524"/>
        <source>She was already recorded deceased since %1: this death of %2 is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew ji %1 ve berê wek mirî hatibû tomarkirin: ev mirina %2 di dîroka wê de li kêleka wê tê parastin, wek tomareke duyem a mirina wê, û kaxezên wê herduyan dinivîsin. Heke yek ji wan şaş be, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="529"/>
        <source>She was already recorded deceased since %1: this death, told without a date, is kept in her history beside it, a second record of her death, and her papers list both. If one of them is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew ji %1 ve berê wek mirî hatibû tomarkirin: ev mirin, ku bê dîrok hate gotin, di dîroka wê de li kêleka wê tê parastin, wek tomareke duyem a mirina wê, û kaxezên wê herduyan dinivîsin. Heke yek ji wan şaş be, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="545"/>
        <source>She was reunited with her family on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew di %1 de vegeriya malbata xwe; ev wê dîsa wek girtî dide nîşan. Heke ev şaş e, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="548"/>
        <source>She was rescued on %1; this makes her held again. If this is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew di %1 de hate rizgarkirin; ev wê dîsa wek girtî dide nîşan. Heke ev şaş e, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="552"/>
        <source>She was reunited with her family on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew di %1 de vegeriya malbata xwe; ev wê dîsa wek girtî dide nîşan. Heke rapor şaş be, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="555"/>
        <source>She was rescued on %1; this makes her held again. If the report is wrong, withdraw it (select it, then Withdraw the selected status).</source>
        <translation>Ew di %1 de hate rizgarkirin; ev wê dîsa wek girtî dide nîşan. Heke rapor şaş be, wê paşde bikişîne (wê hilbijêre, paşê «Rewşa hilbijartî paşde bikişîne»).</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="569"/>
        <source>%1 was recorded in her history; she is still %2: told with no date after %2, it is a step back along her case. Add it again with the date it happened to make it her status.</source>
        <translation>Rewşa «%1» di dîroka wê de hate tomarkirin; ew hîn «%2» ye: bê dîrok piştî «%2» hate gotin, ji ber vê yekê di doza wê de gaveke paşve ye. Wê dîsa bi dîroka ku lê qewimî zêde bike da ku bibe rewşa wê.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="572"/>
        <source>%1 was recorded in his history; he is still %2: told with no date after %2, it is a step back along his case. Add it again with the date it happened to make it his status.</source>
        <translation>Rewşa «%1» di dîroka wî de hate tomarkirin; ew hîn «%2» ye: bê dîrok piştî «%2» hate gotin, ji ber vê yekê di doza wî de gaveke paşve ye. Wê dîsa bi dîroka ku lê qewimî zêde bike da ku bibe rewşa wî.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="575"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2: told with no date after %2, it is a step back along their case. Add it again with the date it happened to make it their status.</source>
        <translation>Rewşa «%1» di dîroka vî kesî de hate tomarkirin; ew hîn «%2» ye: bê dîrok piştî «%2» hate gotin, ji ber vê yekê di doza vî kesî de gaveke paşve ye. Wê dîsa bi dîroka ku lê qewimî zêde bike da ku bibe rewşa vî kesî.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="585"/>
        <source>%1 was recorded in her history; she is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>Rewşa «%1» di dîroka wê de hate tomarkirin; ew hîn «%2» ye (%3): rojên wê, heta ku digihîjin, dibe ku berî an piştî wê bin, û bi nîvê xwe têne hesibandin, yanî berî wê. Heke piştî wê hatibe, wê dîsa bi roja ku qewimî zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="589"/>
        <source>%1 was recorded in his history; he is still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>Rewşa «%1» di dîroka wî de hate tomarkirin; ew hîn «%2» ye (%3): rojên wê, heta ku digihîjin, dibe ku berî an piştî wê bin, û bi nîvê xwe têne hesibandin, yanî berî wê. Heke piştî wê hatibe, wê dîsa bi roja ku qewimî zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="593"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2 (%3): its days, as far as they can reach, may come before or after it, and count at their middle, before it. If it came after, add it again with the day it happened.</source>
        <translation>Rewşa «%1» di dîroka vî kesî de hate tomarkirin; ew hîn «%2» ye (%3): rojên wê, heta ku digihîjin, dibe ku berî an piştî wê bin, û bi nîvê xwe têne hesibandin, yanî berî wê. Heke piştî wê hatibe, wê dîsa bi roja ku qewimî zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="597"/>
        <source>%1 was recorded in her history; she is still %2, a status later or further along her case.</source>
        <translation>Rewşa «%1» di dîroka wê de hate tomarkirin; ew hîn «%2» ye, rewşeke paşêtir an pêşketîtir di doza wê de.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="599"/>
        <source>%1 was recorded in his history; he is still %2, a status later or further along his case.</source>
        <translation>Rewşa «%1» di dîroka wî de hate tomarkirin; ew hîn «%2» ye, rewşeke paşêtir an pêşketîtir di doza wî de.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="601"/>
        <source>%1 was recorded in this person&apos;s history; they are still %2, a status later or further along their case.</source>
        <translation>Rewşa «%1» di dîroka vî kesî de hate tomarkirin; ew hîn «%2» ye, rewşeke paşêtir an pêşketîtir di doza vî kesî de.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="619"/>
        <source>Births are often guessed, and a parent taken young may have had a child in captivity. Link them all the same? The History tab will say that they were linked despite their births.</source>
        <translation>Jidayikbûn gelek caran bi texmînê tên nivîsandin, û dibe ku dê an bavekî ku biçûk hatiye revandin di dîlîtiyê de zarokek anîbe. Dîsa jî wan bi hev ve girê didî? Beşa «Dîrok» dê bibêje ku ew tevî jidayikbûnên wan hatin girêdan.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="622"/>
        <source>Link all the same</source>
        <translation>Dîsa jî girê bide</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="630"/>
        <source>Linked: %1 %2, %3.</source>
        <translation>Hat girêdan: %1 %2, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="665"/>
        <source>%1 is now %2 (was %3): what report %4 tells reaches no later than the day it came in.</source>
        <translation>Rewşa %1 niha %2 ye (berê: %3): tiştê rapora %4 dibêje ji roja ku hat derbas nabe.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="675"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>Rewşa %1 niha %2 ye (berê: %3): rewşeke paşêtir an di dosyaya wê de pêşdetir.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="680"/>
        <source>%1: her death is recorded on %2, before a status she was alive in: if the death was reported in error, withdraw it; if the observed date of report %3 is wrong, correct it.</source>
        <translation>%1: mirina wê li %2 hatiye tomarkirin, berî rewşeke ku ew tê de sax bû: heke nûçeya mirinê şaş bû, wê paşde bikişîne; heke dîroka dîtinê ya rapora %3 şaş be, rast bike.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="691"/>
        <source>%1: her status %2 now dated %3, as report %4.</source>
        <translation>%1: rewşa wê %2 niha bi dîroka %3 ye, wek rapora %4.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="693"/>
        <source>%1: her status %2 keeps %3: report %4 gives no observed date now.</source>
        <translation>%1: rewşa wê %2 dîroka %3 diparêze: rapora %4 êdî tu dîroka dîtinê nade.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="694"/>
        <source>%1: her status %2 keeps %3: it was told with a date of its own, or before CaseKeeper noted which statuses took the report&apos;s date; to date it anew, withdraw it and tell it again on report %4 without a date.</source>
        <translation>%1: rewşa wê %2 dîroka %3 diparêze: bi dîroka xwe hate gotin, an berî ku CaseKeeper tomar bike kîjan rewş dîroka raporê girtine; ji bo dîrokeke nû, wê paşde bikişîne û dîsa li ser rapora %4 bê dîrok bibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="707"/>
        <source>Rescue %1 recorded: her status is now %2.</source>
        <translation>Rizgarkirina %1 hat tomarkirin: rewşa wê niha %2 ye.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="709"/>
        <source>Rescue %1 recorded: her status stays %2, which is later or further along her case.</source>
        <translation>Rizgarkirina %1 hat tomarkirin: rewşa wê %2 dimîne, ku paşê ye an di dosyaya wê de pêşdetir e.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="712"/>
        <source>Rescue %1 recorded; it gives no status: hers stays %2.</source>
        <translation>Rizgarkirina %1 hat tomarkirin; ti rewşê nade: rewşa wê %2 dimîne.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="757"/>
        <source>%1 cannot be taken off report %2: %3</source>
        <translation>%1 ji rapora %2 nayê rakirin: %3</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="761"/>
        <source>Take %1 off report %2? It was filed under her by mistake.</source>
        <translation>%1 ji rapora %2 were rakirin? Bi şaşî li ser navê wê hatiye tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="763"/>
        <source>The report stays, about %1; it leaves her page and her papers. The audit trail keeps the change.</source>
        <translation>Rapor dimîne, li ser %1; ji rûpel û belgeyên wê derdikeve. Tomara kontrolê vê guhertinê diparêze.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="766"/>
        <source>Take her off</source>
        <translation>Wê rake</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="776"/>
        <source>%1 taken off report %2: it is no longer about her.</source>
        <translation>%1 ji rapora %2 hat rakirin: êdî ne li ser wê ye.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="797"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Wêne (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="806"/>
        <source>Cannot read the file: %1</source>
        <translation>Pel nayê xwendin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="821"/>
        <source>%1 is a record of its own again.</source>
        <translation>%1 dîsa tomareke serbixwe ye.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="824"/>
        <source>%1 of %2 left as set: the merge narrowed it to that of %3 and it was changed after the merge, so the split did not set it back. Check who may receive her record.</source>
        <translation>%1 ya %2 wek ku hatibû danîn hate hiştin: yekkirinê ew teng kir heta asta %3 û piştî yekkirinê hate guhertin, ji ber vê yekê veqetandinê ew venegerand. Kontrol bike ka kî dikare tomara wê bistîne.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="828"/>
        <source>%1 of %2 left as edited: it held what the merge brought from %3 and was changed after the merge, so the split could not take that back. Read it and take out what belongs to %3.</source>
        <translation>%1 ya %2 wek ku hatibû guhertin hate hiştin: tiştê ku yekkirinê ji %3 anîbû tê de bû û piştî yekkirinê hate guhertin, ji ber vê yekê veqetandinê nikarîbû wê vegerîne. Wê bixwîne û tiştê ku yê %3 ye jê derxe.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="840"/>
        <source>Withdraw %1 (%2) from %3&apos;s history?</source>
        <translation>%1 (%2) ji dîroka %3 paşde bikişîne?</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="522"/>
        <location filename="../../ui/person_page.py" line="542"/>
        <location filename="../../ui/person_page.py" line="841"/>
        <source>no date</source>
        <translation>bê dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="843"/>
        <source>Her papers will no longer show it; the audit trail keeps what it said. A status a rescue gave is changed on the rescue instead.</source>
        <translation>Êdî di kaxezên wê de nayê nîşandan; qeyda kontrolê tiştê ku got diparêze. Rewşeke ku rizgarkirinekê daye, li ser rizgarkirinê bixwe tê guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="854"/>
        <source>Take row %1 of %2 (import %3) back from %4?</source>
        <translation>Rêza %1 ya %2 (anîn %3) ji %4 were vekişandin?</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="857"/>
        <source>What the row brought is undone where nothing has changed it since, and its list no longer names this person, here or on papers. A record the row created is deleted, unless something else refers to it. The row can then be decided again from the command line.</source>
        <translation>Tiştê ku rêzê anîbû tê betalkirin li cihê ku ji wê demê ve tiştekî ew neguhertibe, û lîsteya wê êdî navê vî kesî nade, ne li vir ne jî li ser kaxezan. Tomareke ku rêzê çêkiribe tê jêbirin, heke tiştekî din behsa wê neke. Paşê dikare ji rêzika fermanan dîsa li ser rêzê biryar were dayîn.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="845"/>
        <location filename="../../ui/person_page.py" line="861"/>
        <source>Withdraw</source>
        <translation>Vekişîne</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="242"/>
        <source>There is an unsaved draft of this record: what was typed on her page and not saved. Restore draft puts back only the fields typed in it; what was saved since stays.</source>
        <translation>Reşnivîseke netomarkirî ya vê tomarê heye: tiştê ku li ser rûpela wê hat nivîsîn û nehat tomarkirin. «Reşnivîsê vegerîne» tenê qadên ku tê de hatine nivîsîn vedigerîne; tiştê ku ji hingê ve hatiye tomarkirin dimîne.</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="790"/>
        <source>%1 is merged into %2: added to %1, shown under %2</source>
        <translation>%1 bi %2 re hatiye yekkirin: li %1 hate zêdekirin, di bin %2 de tê nîşandan</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="873"/>
        <source>Kept, as another list&apos;s row still says it: %1</source>
        <translation>Hat hiştin, ji ber ku rêzeke lîsteyeke din hîn wê dibêje: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="881"/>
        <source>the family contact %1, changed by hand since the import</source>
        <translation>têkiliya malbatê %1, ku piştî anîna lîsteyê bi destan hate guhertin</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="885"/>
        <source>Left as it is, for you to settle by hand: %1</source>
        <translation>Wek xwe hat hiştin, da ku tu bi destê xwe biryarê bidî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="892"/>
        <source>%1 (changed since by import %2, row %3)</source>
        <translation>%1 (ji hingê ve bi anîna %2, rêza %3 hat guhertin)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="895"/>
        <source>%1 (changed since, on %2)</source>
        <translation>%1 (ji hingê ve hat guhertin, di %2 de)</translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="902"/>
        <source>%1 %2 (row %3 of %4, import %5)</source>
        <translation>%1 %2 (rêza %3 ya %4, anîn %5)</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="18"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report.</source>
        <translation>Rewşa %1 (%2), ku li ser rapora %3 hate gotin, li cihê xwe dimîne: bi raporê re nayê guhastin.</translation>
    </message>
    <message>
        <location filename="../../ui/left_behind.py" line="21"/>
        <source>%1&apos;s status %2, told on report %3, stays behind: it does not move with the report. If it is of %4, tell it on that person&apos;s page (Status timeline) on report %3.</source>
        <translation>Rewşa %1 (%2), ku li ser rapora %3 hate gotin, li cihê xwe dimîne: bi raporê re nayê guhastin. Heke ya %4 be, li ser rûpela wî kesî (Demhêla rewşê) li ser rapora %3 bibêje.</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="95"/>
        <source>Remove</source>
        <translation>Rake</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="97"/>
        <source>Remove the chosen one from her record (you are asked first)</source>
        <translation>Ya hilbijartî ji tomara wê rake (pêşî ji te tê pirsîn)</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Case</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (original)</source>
        <translation>Nav (orîjînal)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="83"/>
        <source>Name (Latin)</source>
        <translation>Nav (latînî)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Village</source>
        <translation>Gund</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="84"/>
        <source>Born</source>
        <translation>Jidayikbûn</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="85"/>
        <source>Found by</source>
        <translation>Hat dîtin bi navê</translation>
    </message>
    <message>
        <location filename="../../ui/persons_model.py" line="335"/>
        <source>Alias</source>
        <translation>Navekî din</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <location filename="../../ui/filter_boxes.py" line="25"/>
        <source>All statuses</source>
        <translation>Hemû rewş</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="26"/>
        <source>Any sex</source>
        <translation>Her zayend</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="33"/>
        <location filename="../../ui/persons_view.py" line="153"/>
        <source>Age today, from</source>
        <translation>Temenê îro, ji</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="34"/>
        <source>Age today, to</source>
        <translation>Temenê îro, heta</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="35"/>
        <source>Age today (in %1), not the age when taken, worked out from the recorded birth; a person with no birth recorded is left out</source>
        <translation>Temenê îro (di %1 de), ne temenê dema revandinê, ji jidayikbûna tomarkirî tê hesibandin; kesê ku jidayikbûna wî nehatiye tomarkirin nayê nîşandan</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="38"/>
        <source>Abducted from (e.g. 08/2014)</source>
        <translation>Revandin ji (mînak 08/2014)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="39"/>
        <source>Abducted to (e.g. 2015)</source>
        <translation>Revandin heta (mînak 2015)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="45"/>
        <location filename="../../ui/persons_view.py" line="171"/>
        <source>Seen since</source>
        <translation>Hat dîtin ji</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="46"/>
        <source>A report about her observed on or after this date and received on or after it, or a dated status saying she was seen alive (2024: any time in 2024 or later; &quot;about 2022&quot; is read as 2022); a report that gives no observed date does not count</source>
        <translation>Raporek derbarê wê de ku di vê dîrokê de an piştî wê hatiye dîtin û di vê dîrokê de an piştî wê gihîştiye, an rewşeke bi dîrok ku dibêje ew sax hatiye dîtin (2024: her demek di 2024an de an paşê; «nêzîkî 2022» wek 2022 tê xwendin); raporek ku dîroka dîtinê nade nayê hesibandin</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="51"/>
        <source>a report or a status: observed on or after %1</source>
        <translation>rapor an rewş: di %1 de an piştî wê hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="54"/>
        <source>%1: %2 is not an age in years (e.g. 18)</source>
        <translation>%1: %2 ne temenek bi salan e (mînak 18)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="74"/>
        <source>e.g. 08/2014</source>
        <translation>mînak 08/2014</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="75"/>
        <source>e.g. 2015</source>
        <translation>mînak 2015</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="76"/>
        <source>e.g. 2024</source>
        <translation>mînak 2024</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="121"/>
        <source>Search names in any script or spelling...</source>
        <translation>Li navan bigere, bi her nivîs û rastnivîsê...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="124"/>
        <source>New person...</source>
        <translation>Kesê nû...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="127"/>
        <source>Add one person (Ctrl+N); the vault is searched for the same person before anything is saved</source>
        <translation>Kesekî tenê lê zêde bike (Ctrl+N); berî ku tiştek were tomarkirin, heman kes di xezîneyê de tê lêgerîn</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="131"/>
        <source>Print list...</source>
        <translation>Lîsteyê çap bike...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="133"/>
        <source>A case summary of the persons chosen by these filters, on the Print screen</source>
        <translation>Kurteya dosyayên kesên ku ev parzûn hildibijêrin, li ser ekrana çapkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="138"/>
        <source>Sharing level...</source>
        <translation>Asta parvekirinê...</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="140"/>
        <source>Set who may receive the records of the persons selected in the list (Ctrl+click, Shift+click)</source>
        <translation>Diyar bike kî dikare qeydên kesên di lîsteyê de hilbijartî bistîne (Ctrl+klîk, Shift+klîk)</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="152"/>
        <source>to</source>
        <comment>between the two boxes of a range: age 18 to 22</comment>
        <translation>heta</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="426"/>
        <source>No one is in the vault yet. Bring in a list of names on the Imports screen, or add one person with New person...</source>
        <translation>Hê kes di xezîneyê de nîne. Lîsteyeke navan ji ekrana «Anîn» bîne, an bi «Kesê nû...» kesekî tenê zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="442"/>
        <source>status: %1</source>
        <translation>rewş: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="444"/>
        <source>sex: %1</source>
        <translation>zayend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="445"/>
        <source>village: %1</source>
        <translation>gund: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="446"/>
        <source>born: %1</source>
        <translation>jidayikbûn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="447"/>
        <source>abduction date or age when taken</source>
        <translation>dîroka revandinê an temenê dema revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="448"/>
        <source>no report or status since %1</source>
        <translation>ji %1 ve ne rapor ne jî rewş heye</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="449"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="450"/>
        <source>%n closer match(es) left out by the filters (best: %1 %2, %3)</source>
        <translation>
            <numerusform>Encamên nêztir ên ku parzûnan derxistine: %n (ya herî baş: %1 %2, %3)</numerusform>
            <numerusform>Encamên nêztir ên ku parzûnan derxistine: %n (ya herî baş: %1 %2, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="452"/>
        <source>%n match(es) left out by the filters (best: %1 %2, %3)</source>
        <translation>
            <numerusform>Encamên ku parzûnan derxistine: %n (ya herî baş: %1 %2, %3)</numerusform>
            <numerusform>Encamên ku parzûnan derxistine: %n (ya herî baş: %1 %2, %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="475"/>
        <source>Select the persons first: click a row, then Ctrl+click or Shift+click more rows.</source>
        <translation>Pêşî kesan hilbijêre: li rêzekê bitikîne, paşê bi Ctrl+klîk an Shift+klîk rêzên din.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_view.py" line="481"/>
        <location filename="../../ui/persons_view.py" line="509"/>
        <source>Sharing level</source>
        <translation>Asta parvekirinê</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="482"/>
        <source>Who may receive the records of the %n person(s) selected:</source>
        <translation>
            <numerusform>Kî dikare qeydên %n kesên hilbijartî bistîne:</numerusform>
            <numerusform>Kî dikare qeydên %n kesên hilbijartî bistîne:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="500"/>
        <source>Set the sharing level of %n person(s) to “%1”? Each change is written to the audit trail.</source>
        <translation>
            <numerusform>Asta parvekirinê ya %n kesan bibe “%1”? Her guhertin di tomara kontrolê de tê nivîsandin.</numerusform>
            <numerusform>Asta parvekirinê ya %n kesan bibe “%1”? Her guhertin di tomara kontrolê de tê nivîsandin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="504"/>
        <source>%n of them would be shared more widely than now.</source>
        <translation>
            <numerusform>Tomara %n ji wan dê ji niha berfirehtir were parvekirin.</numerusform>
            <numerusform>Tomarên %n ji wan dê ji niha berfirehtir werin parvekirin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="40"/>
        <source>Age: the minimum is above the maximum</source>
        <translation>Temen: kêmtirîn ji zêdetirîn mezintir e</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="41"/>
        <location filename="../../ui/persons_view.py" line="155"/>
        <source>Abducted from</source>
        <translation>Revandin ji</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="42"/>
        <source>Abducted to</source>
        <translation>Revandin heta</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="43"/>
        <source>Abduction dates: the first is after the second</source>
        <translation>Dîrokên revandinê: ya yekem piştî ya duyem e</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="52"/>
        <source>%1: %2 is not a date (e.g. 2014, 08/2014, 03/08/2014)</source>
        <translation>%1: %2 ne dîrok e (mînak 2014, 08/2014, 03/08/2014)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="418"/>
        <source>%n match(es), best first</source>
        <translation>
            <numerusform>Encam: %n, yên herî baş pêşî</numerusform>
            <numerusform>Encam: %n, yên herî baş pêşî</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/persons_view.py" line="419"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>Kes: %n</numerusform>
            <numerusform>Kes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="27"/>
        <source>Village (every spelling)</source>
        <translation>Gund (bi hemû rênivîsan)</translation>
    </message>
    <message>
        <location filename="../../ui/filter_boxes.py" line="28"/>
        <source>Every spelling of the village in the vault: Kocho also finds Koço, Kojo and كوجو. Another village with a similar name is not included.</source>
        <translation>Hemû rênivîsên gund di xezîneyê de: Kocho herwiha Koço, Kojo û كوجو jî dibîne. Gundekî din ê bi navekî nêzîk nayê hesibandin.</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="288"/>
        <source>Add photo...</source>
        <translation>Wêne zêde bike...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="320"/>
        <source>Photo %1: %2</source>
        <translation>Wêne %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="321"/>
        <source>Photo %1</source>
        <translation>Wêne %1</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../../ui/print_view.py" line="47"/>
        <source>Dossier of one person</source>
        <translation>Dosyaya kesekî</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="48"/>
        <source>Case summary (list)</source>
        <translation>Kurteya dosyayan (lîste)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="49"/>
        <source>Rescue operation report</source>
        <translation>Rapora operasyona rizgarkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="53"/>
        <source>Case number (dossier) or rescue number</source>
        <translation>Hejmara dosyayê an hejmara rizgarkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="75"/>
        <source>Choose who it is for</source>
        <translation>Hilbijêre ji bo kê ye</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="83"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="84"/>
        <source>Which</source>
        <translation>Kîjan</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="67"/>
        <source>Required for a family&apos;s summary or rescue report, which show only these persons. More than one: separate them with spaces.</source>
        <translation>Ji bo kurteyek an raporeke rizgarkirinê ya malbatekê pêwîst e; ew tenê van kesan nîşan didin. Ji yekê zêdetir: bi valahiyan ji hev veqetîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="88"/>
        <source>For whom (profile)</source>
        <translation>Ji bo kê (profîl)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="89"/>
        <source>Language</source>
        <translation>Ziman</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="96"/>
        <source>Preview</source>
        <translation>Pêşdîtin</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="98"/>
        <source>Save as PDF...</source>
        <translation>Wek PDF tomar bike...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="100"/>
        <source>Print...</source>
        <translation>Çap bike...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="104"/>
        <source>Make it anyway (the audit trail will say so)</source>
        <translation>Dîsa jî çêke (tomara kontrolê wê bibêje)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="154"/>
        <source>Case number, e.g. %1</source>
        <translation>Hejmara dosyayê, mînak %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="224"/>
        <source>The choices have changed: click Preview to see the document they make before saving or printing it.</source>
        <translation>Bijartin hatin guhertin: li «Pêşdîtin» bitikîne da ku belgeya li gorî wan bibînî, berî ku wê tomar bikî an çap bikî.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="249"/>
        <source>Choose who the document is for (profile): it decides what the document shows.</source>
        <translation>Hilbijêre ka belge ji bo kê ye (profîl): ew diyar dike ku belge çi nîşan dide.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="257"/>
        <source>A public document does not say who was sighted, located or is in negotiation: choose Missing, which lists them with the others.</source>
        <translation>Belgeyeke giştî nabêje kî hatiye dîtin, cihê kê hatiye dîtin an kî di danûstandinê de ye: «Winda» hilbijêre, ku wan jî bi yên din re rêz dike.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="262"/>
        <source>A court document says Missing of a person whose status is unknown: nothing says she is out, so she counts as still held. Choose Missing, which lists them with the others.</source>
        <translation>Belgeya dadgehê ji bo kesekî ku rewşa wî/wê nayê zanîn «winda» dibêje: tiştek nabêje ku ew derketiye, ji ber vê yekê wek hîn di dîlîtiyê de tê hesibandin. «Winda» hilbijêre, ku wan bi yên din re lîste dike.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="268"/>
        <source>A court document does not say who is sighted, located or in negotiation while she is held: choose Missing, which lists them with the others.</source>
        <translation>Belgeya dadgehê nabêje kî hatiye dîtin, cihê kê hatiye dîtin an kî di danûstandinê de ye heta ku ew di dîlîtiyê de be: «Winda» hilbijêre, ku wan jî bi yên din re rêz dike.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="285"/>
        <location filename="../../ui/print_view.py" line="517"/>
        <source>Cancelled.</source>
        <translation>Hate betalkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="326"/>
        <source>The choices changed while the preview was being made: click Preview again.</source>
        <translation>Dema pêşdîtin dihat amadekirin, bijartin hatin guhertin: dîsa li «Pêşdîtin» bitikîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="406"/>
        <source>For others still held whom this paper is not about, it leaves out the reports that also concern them (%1) and the date, place and outcome of the operations that name them, whatever they gave (%2), and says so.</source>
        <translation>Ji bo kesên din ên hîn di dîlîtiyê de ku ev belge ne li ser wan e, ew raporên ku li ser wan jî ne (%1) û dîrok, cih û encama operasyonên ku navê wan tê de ye, encama wan çi dibe bila bibe (%2) derdixe, û vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="86"/>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>Whose family</source>
        <translation>Malbata kê</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="253"/>
        <source>A family&apos;s document shows that family&apos;s own persons only: give their case numbers under Whose family.</source>
        <translation>Belgeya malbatekê tenê kesên wê malbatê nîşan dide: hejmarên dosyayên wan li «Malbata kê» binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="311"/>
        <source>Reading the persons...</source>
        <translation>Kes tên xwendin...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="312"/>
        <source>Laying out the rows...</source>
        <translation>Rêz tên rêzkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="313"/>
        <source>Writing page %1...</source>
        <translation>Rûpela %1 tê nivîsîn...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="314"/>
        <source>Finishing the pages...</source>
        <translation>Rûpel tên temamkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="315"/>
        <source>Drawing the pages for the preview...</source>
        <translation>Rûpel ji bo pêşdîtinê tên xêzkirin...</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="332"/>
        <source>%1 is merged into %2, which holds all that is known of this person: give %2 under Whose family instead. If they are two people, first split %1 out on the page of %2.</source>
        <translation>%1 bi %2 re hatiye yekkirin, ku her tiştê li ser vî kesî tê zanîn tê de ye: li şûna wê %2 di «Malbata kê» de binivîse. Heke ew du kes bin, pêşî %1 li rûpela %2 veqetîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="339"/>
        <source>%1 is merged into %2, which holds all that is known of this person: print the dossier of %2. If they are two people, first split %1 out on the page of %2.</source>
        <translation>%1 bi %2 re hatiye yekkirin, ku her tiştê li ser vî kesî tê zanîn tê de ye: dosyaya %2 çap bike. Heke ew du kes bin, pêşî %1 li rûpela %2 veqetîne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="353"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>Rûpel: %n</numerusform>
            <numerusform>Rûpel: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="356"/>
        <source>%1 person(s) left out: their sharing level does not allow %2. Set it on each person&apos;s page (Sharing) once she may be shown to this audience.</source>
        <translation>Kesên hatine derxistin: %1; asta parvekirina wan destûrê nade «%2». Gava ku ew dikare ji vê temaşevanê re were nîşandan, li ser rûpela her kesî (Parvekirin) biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="366"/>
        <source>Made despite her sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>Tevî asta wê ya parvekirinê (%1) hat çêkirin: tomarkirin an çapkirina wê bi vî awayî di tomara kontrolê de tê nivîsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="368"/>
        <source>Made despite his sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>Tevî asta wî ya parvekirinê (%1) hat çêkirin: tomarkirin an çapkirina wê bi vî awayî di tomara kontrolê de tê nivîsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="370"/>
        <source>Made despite this person&apos;s sharing level (%1): saving or printing it is recorded so in the audit trail.</source>
        <translation>Tevî asta parvekirinê ya vî kesî (%1) hat çêkirin: tomarkirin an çapkirina wê bi vî awayî di tomara kontrolê de tê nivîsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="386"/>
        <source>She is still held: until she is freed, this paper leaves out the steps of the search for her (%1), the reports of her since her abduction (%2) and her rescue records (%3), and says so.</source>
        <translation>Ew hîn di dîlîtiyê de ye: heta ku azad bibe, ev belge qonaxên lêgerîna li wê (%1), raporên ji dema revandina wê ve li ser wê (%2) û tomarên rizgarkirina wê (%3) derdixe, û vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="389"/>
        <source>He is still held: until he is freed, this paper leaves out the steps of the search for him (%1), the reports of him since his abduction (%2) and his rescue records (%3), and says so.</source>
        <translation>Ew hîn di dîlîtiyê de ye: heta ku azad bibe, ev belge qonaxên lêgerîna li wî (%1), raporên ji dema revandina wî ve li ser wî (%2) û tomarên rizgarkirina wî (%3) derdixe, û vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="392"/>
        <source>This person is still held: until they are freed, this paper leaves out the steps of the search for them (%1), the reports of them since their abduction (%2) and their rescue records (%3), and says so.</source>
        <translation>Ev kes hîn di dîlîtiyê de ye: heta ku azad bibe, ev belge qonaxên lêgerîna li wî/wê (%1), raporên ji dema revandina wî/wê ve li ser wî/wê (%2) û tomarên rizgarkirina wî/wê (%3) derdixe, û vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="399"/>
        <source>It also leaves out who holds her and where she was last known to be.</source>
        <translation>Her wiha kesê ku wê li cem xwe digire û cihê wê yê dawî yê naskirî derdixe.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="401"/>
        <source>It also leaves out who holds him and where he was last known to be.</source>
        <translation>Her wiha kesê ku wî li cem xwe digire û cihê wî yê dawî yê naskirî derdixe.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="403"/>
        <source>It also leaves out who holds them and where they were last known to be.</source>
        <translation>Her wiha kesê ku wî/wê li cem xwe digire û cihê wî/wê yê dawî yê naskirî derdixe.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="414"/>
        <source>It prints %1 field(s) of this person&apos;s record as withheld: their text names another person still held.</source>
        <translation>Ew %1 qadên tomara vî kesî wekî veşartî çap dike: di nivîsa wan de navê kesekî din ê hîn di dîlîtiyê de heye.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="419"/>
        <source>It prints %1 place(s), of reports or of the lists that named this person, as withheld: they name another person still held.</source>
        <translation>Ew %1 cihan, yên raporan an yên lîsteyên ku navê vî kesî anîne, wekî veşartî çap dike: navê kesekî din ê hîn di dîlîtiyê de tê de heye.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="424"/>
        <source>It prints the village of %1 person(s) as withheld: it names another person still held.</source>
        <translation>Gundê %1 kesan wekî veşartî çap dike: navê kesekî din ê hîn di dîlîtiyê de tê de heye.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="428"/>
        <source>%1 person(s) still held and sighted, located or in negotiation are said to be missing on this paper, which says that it says so of anyone still held.</source>
        <translation>%1 kesên ku hîn di dîlîtiyê de ne û hatine dîtin, cihê wan hatiye dîtin an di danûstandinê de ne, di vê belgeyê de wek winda tên nivîsandin; belge dibêje ku her kesê hîn di dîlîtiyê de be wisa tê nivîsandin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="433"/>
        <source>%1 person(s) of this operation still held are not named on this paper, which says so.</source>
        <translation>%1 kesên vê operasyonê yên ku hîn di dîlîtiyê de ne, navê wan di vê belgeyê de nîne, û belge vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="437"/>
        <source>Someone this operation did not free is still held: its date, place and outcome are left out of this paper, which says so.</source>
        <translation>Kesek ku vê operasyonê azad nekir hîn di dîlîtiyê de ye: dîrok, cih û encama wê ji vê belgeyê hatin derxistin, û belge vê dibêje.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="446"/>
        <source>%1 may not be shown to this audience: her sharing level is &quot;%2&quot;, and this document is for: %3. If she may, set Sharing on her page first.</source>
        <translation>%1 nabe ji vê temaşevanê re were nîşandan: asta wê ya parvekirinê «%2» ye, û ev belge ji bo: %3 e. Heke dibe, pêşî Parvekirinê li ser rûpela wê biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="449"/>
        <source>%1 may not be shown to this audience: his sharing level is &quot;%2&quot;, and this document is for: %3. If he may, set Sharing on his page first.</source>
        <translation>%1 nabe ji vê temaşevanê re were nîşandan: asta wî ya parvekirinê «%2» ye, û ev belge ji bo: %3 e. Heke dibe, pêşî Parvekirinê li ser rûpela wî biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="452"/>
        <source>%1 may not be shown to this audience: this person&apos;s sharing level is &quot;%2&quot;, and this document is for: %3. If they may, set Sharing on their page first.</source>
        <translation>%1 nabe ji vê temaşevanê re were nîşandan: asta parvekirinê ya vî kesî «%2» ye, û ev belge ji bo: %3 e. Heke dibe, pêşî Parvekirinê li ser rûpela vî kesî biguherîne.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="460"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="464"/>
        <source>This summary lists nobody: no one in the vault matches the filter “%1”. The document says so; change the filter to list persons.</source>
        <translation>Ev kurte tu kesî nade: di tomaran de tu kes li gorî parzûna “%1” nayê. Belge vê dibêje; parzûnê biguherîne da ku kes werin lîstekirin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="467"/>
        <source>This summary lists nobody: the filters before it choose %1, and the filter “%2” leaves none of them. The document says so; change the filter to list persons.</source>
        <translation>Ev kurte tu kesî nade: parzûnên berê %1 kesan hildibijêrin, û parzûna “%2” tu kesî ji wan nahêle. Belge vê dibêje; parzûnê biguherîne da ku kes werin lîstekirin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="476"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="486"/>
        <source>Click Preview first: only the document previewed from the choices shown is saved or printed.</source>
        <translation>Pêşî li «Pêşdîtin» bitikîne: tenê belgeya ku bi bijartinên li ber çavan hatiye pêşdîtin tê tomarkirin an çapkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="507"/>
        <source>Saved to %1, protected with a password
SHA-256 %2</source>
        <translation>Hate tomarkirin li %1, bi şîfreya PDF parastî
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="508"/>
        <source>Saved to %1
SHA-256 %2</source>
        <translation>Hate tomarkirin li %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="537"/>
        <source>No printer is set up on this computer: nothing was printed. Save as PDF... keeps the document in a file.</source>
        <translation>Li ser vê komputerê tu çapker nehatiye sazkirin: tiştek nehat çapkirin. «Wek PDF tomar bike...» belgeyê di pelekî de diparêze.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="566"/>
        <source>The printer could not be started: nothing was printed.</source>
        <translation>Çapker nehat xebitandin: tiştek nehat çapkirin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_view.py" line="578"/>
        <source>Sent to the printer: %n page(s)</source>
        <translation>
            <numerusform>Ji çapkerê re hate şandin: %n rûpel</numerusform>
            <numerusform>Ji çapkerê re hate şandin: %n rûpel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ui/labels.py" line="693"/>
        <source>internal (the team)</source>
        <translation>navxweyî (tîm)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="694"/>
        <source>court</source>
        <translation>dadgeh</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="695"/>
        <source>family</source>
        <translation>malbat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="696"/>
        <source>public appeal</source>
        <translation>banga giştî</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress.py" line="24"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
</context>
<context>
    <name>ProvenanceTab</name>
    <message>
        <location filename="../../ui/provenance_tab.py" line="20"/>
        <source>Withdraw the chosen row...</source>
        <translation>Rêza hilbijartî vekişîne...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="118"/>
        <source>Drive</source>
        <translation>Ajokar</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="119"/>
        <source>Folder</source>
        <translation>Peldank</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="106"/>
        <source>Job</source>
        <translation>Kar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="107"/>
        <source>Job Control</source>
        <translation>Rêveberiya karê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="108"/>
        <source>Scheduled &amp;printing:</source>
        <translation>Dema &amp;çapkirinê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="109"/>
        <source>&amp;Billing information:</source>
        <translation>Agahiyên &amp;fatûreyê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="110"/>
        <source>Job &amp;priority:</source>
        <translation>&amp;Pêşengiya karê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="111"/>
        <source>Banner Pages</source>
        <translation>Rûpelên veqetandinê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="112"/>
        <source>Print Immediately</source>
        <translation>Yekser çap bike</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="113"/>
        <source>Hold Indefinitely</source>
        <translation>Heta demeke nediyar bisekinîne</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="114"/>
        <source>Day (06:00 to 17:59)</source>
        <translation>Roj (06:00 heta 17:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="115"/>
        <source>Night (18:00 to 05:59)</source>
        <translation>Şev (18:00 heta 05:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="116"/>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Dewama duyemîn (16:00 heta 23:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="117"/>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Dewama sêyemîn (00:00 heta 07:59)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="118"/>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Dawiya hefteyê (Şemî heta Yekşemî)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="119"/>
        <source>Specific Time</source>
        <translation>Demeke diyarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="126"/>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Destpêk:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="127"/>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Dawî:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="128"/>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Tune</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="129"/>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Asayî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="130"/>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Ne nepenî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="131"/>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Taybet</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="132"/>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Dabeşkirî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="133"/>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Nepenî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="134"/>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Pir nepenî</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Peldank:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>Look in:</source>
        <translation>Peldank:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>File &amp;name:</source>
        <translation>&amp;Navê pelê:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Cureyê pelan:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Files of type:</source>
        <translation>Cureyê pelan:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>&amp;Open</source>
        <translation>&amp;Veke</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>&amp;Hilbijêre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>Open</source>
        <translation>Veke</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="67"/>
        <source>Save As</source>
        <translation>Wekî tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>Find Directory</source>
        <translation>Peldankê bibîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Directory:</source>
        <translation>Peldank:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Directories</source>
        <translation>Peldank</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>Back</source>
        <translation>Paş</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>Go back</source>
        <translation>Vegere paş</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>Forward</source>
        <translation>Pêş</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>Go forward</source>
        <translation>Here pêş</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>Parent Directory</source>
        <translation>Peldanka jorîn</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>Go to the parent directory</source>
        <translation>Here peldanka jorîn</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="77"/>
        <source>Create New Folder</source>
        <translation>Peldankeke nû çêbike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="78"/>
        <source>Create a New Folder</source>
        <translation>Peldankeke nû çêbike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>New Folder</source>
        <translation>Peldanka nû</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>&amp;New Folder</source>
        <translation>Peldanka &amp;nû</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="81"/>
        <source>List View</source>
        <translation>Dîtina lîsteyê</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="82"/>
        <source>Change to list view mode</source>
        <translation>Derbasî dîtina lîsteyê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="83"/>
        <source>Detail View</source>
        <translation>Dîtina hûrguliyan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="84"/>
        <source>Change to detail view mode</source>
        <translation>Derbasî dîtina hûrguliyan bibe</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="85"/>
        <source>Sidebar</source>
        <translation>Darika kêlekê</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="86"/>
        <source>List of places and bookmarks</source>
        <translation>Lîsteya cih û nîşanan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="87"/>
        <source>Files</source>
        <translation>Pel</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="88"/>
        <source>All Files (*)</source>
        <translation>Hemû pel (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="89"/>
        <source>All files (*)</source>
        <translation>Hemû pel (*)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="90"/>
        <source>Show </source>
        <translation>Nîşan bide: </translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="91"/>
        <source>&amp;Rename</source>
        <translation>Navê &amp;biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="92"/>
        <source>&amp;Delete</source>
        <translation>&amp;Jê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="93"/>
        <source>Delete</source>
        <translation>Jê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>Show &amp;hidden files</source>
        <translation>Pelên &amp;veşartî nîşan bide</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="95"/>
        <source>Remove</source>
        <translation>Rake</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="96"/>
        <source>Recent Places</source>
        <translation>Cihên dawî</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="97"/>
        <source>My Computer</source>
        <translation>Komputera min</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="98"/>
        <source>Unknown</source>
        <translation>Nenas</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="99"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jixwe heye.
Tu dixwazî wê bi ya nû biguherînî?</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="100"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Pel nehat dîtin.
Ji kerema xwe kontrol bike ku navê pelê rast hatiye nivîsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Peldank nehat dîtin.
Ji kerema xwe kontrol bike ku navê peldankê rast hatiye nivîsîn.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="104"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; li hember nivîsandinê parastî ye.
Tu dîsa jî dixwazî jê bibî?</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Tu bawer î ku dixwazî &apos;%1&apos; jê bibî?</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="106"/>
        <source>Could not delete directory.</source>
        <translation>Peldank nehat jêbirin.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="107"/>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="108"/>
        <source>Size</source>
        <translation>Mezinahî</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>Type</source>
        <translation>Cure</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>Kind</source>
        <translation>Cure</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="111"/>
        <source>Date Modified</source>
        <translation>Dîroka guhertinê</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="112"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="113"/>
        <source>My Computer</source>
        <translation>Komputera min</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="114"/>
        <source>Invalid filename</source>
        <translation>Navê pelê ne derbasdar e</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="115"/>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;Navê &quot;%1&quot; nayê bikaranîn.&lt;/b&gt;&lt;p&gt;Navekî din biceribîne, bi tîpên kêmtir an bê nîşaneyên xalbendiyê.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>&amp;OK</source>
        <translation>&amp;Baş e</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Betal bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>&amp;Close</source>
        <translation>Bi&amp;gire</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="51"/>
        <source>Close without Saving</source>
        <translation>Bêyî tomarkirinê bigire</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/i18n.py" line="52"/>
        <source>Show Details...</source>
        <translation>Hûrguliyan nîşan bide...</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Hide Details...</source>
        <translation>Hûrguliyan veşêre...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="81"/>
        <source>Paper</source>
        <translation>Kaxez</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="82"/>
        <source>Page size:</source>
        <translation>Mezinahiya rûpelê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="83"/>
        <source>Width:</source>
        <translation>Firehî:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="84"/>
        <source>Height:</source>
        <translation>Bilindahî:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="85"/>
        <source>Paper source:</source>
        <translation>Çavkaniya kaxezê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="86"/>
        <source>Orientation</source>
        <translation>Rêgeh</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="87"/>
        <source>Portrait</source>
        <translation>Stûnî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="88"/>
        <source>Landscape</source>
        <translation>Asoyî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="89"/>
        <source>Reverse landscape</source>
        <translation>Asoyî ya berevajî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="90"/>
        <source>Reverse portrait</source>
        <translation>Stûnî ya berevajî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="91"/>
        <source>Margins</source>
        <translation>Kenar</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="92"/>
        <source>top margin</source>
        <translation>kenarê jor</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="93"/>
        <source>left margin</source>
        <translation>kenarê çepê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="94"/>
        <source>right margin</source>
        <translation>kenarê rastê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="95"/>
        <source>bottom margin</source>
        <translation>kenarê jêr</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="96"/>
        <source>Page Layout</source>
        <translation>Rêkxistina rûpelê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="97"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Rêza rûpelan:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="98"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Rûpel li ser her &amp;kaxezekê:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="99"/>
        <source>Millimeters (mm)</source>
        <translation>Milîmetre (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="100"/>
        <source>Inches (in)</source>
        <translation>Înç (in)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="101"/>
        <source>Points (pt)</source>
        <translation>Xal (pt)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="102"/>
        <source>Pica (P̸)</source>
        <translation>Pîka (P̸)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="103"/>
        <source>Didot (DD)</source>
        <translation>Dîdo (DD)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="104"/>
        <source>Cicero (CC)</source>
        <translation>Sîsero (CC)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="105"/>
        <source>Custom</source>
        <translation>Bi dilê xwe</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/i18n.py" line="28"/>
        <source>OK</source>
        <translation>Baş e</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="29"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;Erê</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Yes to &amp;All</source>
        <translation>Ji &amp;hemûyan re erê</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>Ji hemûyan re n&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Save All</source>
        <translation>Hemûyan tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>Veke</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Discard</source>
        <translation>Bavêje</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Apply</source>
        <translation>Bisepîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Reset</source>
        <translation>Ji nû ve saz bike</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Restore Defaults</source>
        <translation>Nirxên bingehîn vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Help</source>
        <translation>Alîkarî</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Abort</source>
        <translation>Rawestîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Retry</source>
        <translation>Dîsa biceribîne</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Ignore</source>
        <translation>Paşguh bike</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="13"/>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="14"/>
        <source>&amp;Print</source>
        <translation>&amp;Çap bike</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="15"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Vebijêrk &gt;&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="16"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Vebijêrk &lt;&lt;</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="17"/>
        <source>All Pages</source>
        <translation>Hemû rûpel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="18"/>
        <source>Odd Pages</source>
        <translation>Rûpelên ferd</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="19"/>
        <source>Even Pages</source>
        <translation>Rûpelên cot</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="20"/>
        <source>Invalid Pages Definition</source>
        <translation>Diyarkirina rûpelan ne rast e</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="21"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 ne bi awayê rast hatiye nivîsîn. Ji bo veqetandina navber û rûpelan &apos;,&apos; bi kar bîne, ji bo diyarkirina navberê &apos;-&apos;, û bawer be ku navber di nav hev re dernakevin.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="24"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Nakokî di mîhengên çapa du aliyan de</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="25"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Di mîhengên çapa du aliyan de nakokî hene. Tu dixwazî wan rast bikî?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="27"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«Rûpel li ser her kaxezekê» û «Koma rûpelan» bi hev re nayên bikaranîn.
Ji kerema xwe yek ji wan bigire.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="29"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Ji çepê ber bi rastê, ji jor ber bi jêr</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="30"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Ji çepê ber bi rastê, ji jêr ber bi jor</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="31"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Ji rastê ber bi çepê, ji jêr ber bi jor</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="32"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Ji rastê ber bi çepê, ji jor ber bi jêr</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="33"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Ji jêr ber bi jor, ji çepê ber bi rastê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="34"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Ji jêr ber bi jor, ji rastê ber bi çepê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="35"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Ji jor ber bi jêr, ji çepê ber bi rastê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="36"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Ji jor ber bi jêr, ji rastê ber bi çepê</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="69"/>
        <source>Printer Properties</source>
        <translation>Taybetmendiyên çapkerê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="70"/>
        <source>Job Options</source>
        <translation>Vebijêrkên karê çapê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="71"/>
        <source>Page Setup Conflicts</source>
        <translation>Nakokî di sazkirina rûpelê de</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="72"/>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Di vebijêrkên sazkirina rûpelê de nakokî hene. Tu dixwazî wan rast bikî?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="74"/>
        <source>Advanced Option Conflicts</source>
        <translation>Nakokî di vebijêrkên pêşketî de</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="75"/>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Di hin vebijêrkên pêşketî de nakokî hene. Tu dixwazî wan rast bikî?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="77"/>
        <source>Page</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="78"/>
        <source>Advanced</source>
        <translation>Pêşketî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="79"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Di hin vebijêrkan de nakokî hene. Ji kerema xwe wan rast bike.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="43"/>
        <source>Copies</source>
        <translation>Kopî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="44"/>
        <source>Options</source>
        <translation>Vebijêrk</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="45"/>
        <source>Print range</source>
        <translation>Navbera çapkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="46"/>
        <source>Print all</source>
        <translation>Hemûyî çap bike</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="47"/>
        <source>Pages from</source>
        <translation>Rûpel ji</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="48"/>
        <source>to</source>
        <translation>heta</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="49"/>
        <source>Pages</source>
        <translation>Rûpel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="50"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Rûpel an navberan binivîse û bi bêhnokê (,) ji hev veqetîne. Navber bi du hejmaran tê nivîsîn ku xêzek (-) di navbera wan de ye. Mînak: 3,5-7,9 rûpelên 3, 5, 6, 7 û 9 çap dike.</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="54"/>
        <source>Current Page</source>
        <translation>Rûpela niha</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="55"/>
        <source>Selection</source>
        <translation>Beşa hilbijartî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="56"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Koma rûpelan:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="57"/>
        <source>Output Settings</source>
        <translation>Mîhengên çapê</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="58"/>
        <source>Copies:</source>
        <translation>Hejmara kopiyan:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="59"/>
        <source>Collate</source>
        <translation>Kopiyan rêz bike</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="60"/>
        <source>Reverse</source>
        <translation>Berevajî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="61"/>
        <source>Color Mode</source>
        <translation>Awayê rengan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="62"/>
        <source>Color</source>
        <translation>Rengîn</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="63"/>
        <source>Grayscale</source>
        <translation>Reş û spî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="64"/>
        <source>Double Sided Printing</source>
        <translation>Çapkirin li ser her du rûyan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="65"/>
        <source>Off</source>
        <translation>Girtî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="66"/>
        <source>Long side binding</source>
        <translation>Girêdan ji aliyê dirêj ve</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="67"/>
        <source>Short side binding</source>
        <translation>Girêdan ji aliyê kurt ve</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_print_words.py" line="37"/>
        <source>Printer</source>
        <translation>Çapker</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nav:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="39"/>
        <source>P&amp;roperties</source>
        <translation>&amp;Taybetmendî</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="40"/>
        <source>Location:</source>
        <translation>Cih:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="41"/>
        <source>Preview</source>
        <translation>Pêşdîtin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_print_words.py" line="42"/>
        <source>Type:</source>
        <translation>Cure:</translation>
    </message>
</context>
<context>
    <name>ReasonBox</name>
    <message>
        <location filename="../../ui/reason_box.py" line="25"/>
        <source>Reason (optional), kept in the audit trail:</source>
        <translation>Sedem (ne mecbûrî), di qeyda kontrolê de tê parastin:</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location filename="../../ui/labels.py" line="279"/>
        <source>mother</source>
        <translation>dayik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>father</source>
        <translation>bav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>child</source>
        <translation>zarok</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>sibling</source>
        <translation>xwişk / bira</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>spouse</source>
        <translation>hevser</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>child born in captivity</source>
        <translation>zarokê di dîlîtiyê de çêbûyî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>parent</source>
        <translation>dê an bav</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>other</source>
        <translation>din</translation>
    </message>
</context>
<context>
    <name>RelativesTab</name>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Relation</source>
        <translation>Xizmtî</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Case</source>
        <translation>Hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="233"/>
        <source>Name</source>
        <translation>Nav</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="272"/>
        <source>Case number, e.g. %1</source>
        <translation>Hejmara dosyayê, mînak %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="240"/>
        <source>Link relative</source>
        <translation>Xizmekî girê bide</translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message>
        <location filename="../../ui/removals.py" line="24"/>
        <source>Remove this photo from %1?</source>
        <translation>Ev wêne ji %1 were rakirin?</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="25"/>
        <source>Its image is erased from the vault, not only hidden: it is printed on no paper again. The history keeps that a photo was removed, not the image. This cannot be undone.</source>
        <translation>Wêne ji kasayê tê jêbirin, ne tenê tê veşartin: êdî li ser tu kaxezê nayê çapkirin. Dîrok tenê tomar dike ku wêneyek hate rakirin, ne wêne bi xwe. Ev nayê paşvegerandin.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="31"/>
        <source>Remove the family contact %1 from %2?</source>
        <translation>Têkiliya malbatê %1 ji %2 were rakirin?</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="35"/>
        <source>It was read from %1, row %2: that row stays in the import&apos;s record as the list gave it.</source>
        <translation>Ew ji %1, rêza %2 hat xwendin: ew rêz wek ku lîsteyê daye di tomara anînê de dimîne.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="38"/>
        <source>This cannot be undone.</source>
        <translation>Ev nayê paşvegerandin.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="42"/>
        <source>Remove the link between %1 and %2 (%3)?</source>
        <translation>Girêdana di navbera %1 û %2 de (%3) were rakirin?</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="44"/>
        <source>Both records stay; neither names the other as a relative any more, on its page or its papers. This cannot be undone.</source>
        <translation>Her du tomar dimînin; êdî yek ji wan ya din wek xizm nabêje, ne li ser rûpela xwe ne jî di kaxezên xwe de. Ev nayê paşvegerandin.</translation>
    </message>
    <message>
        <location filename="../../ui/removals.py" line="50"/>
        <source>Remove</source>
        <translation>Rake</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="264"/>
        <source>The report needs its text: what was seen or heard.</source>
        <translation>Ji raporê re nivîsa wê divê: tiştê hatî dîtin an bihîstin.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="286"/>
        <location filename="../../ui/person_ops.py" line="309"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Received</source>
        <translation>Dema wergirtinê</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="288"/>
        <location filename="../../ui/person_ops.py" line="310"/>
        <location filename="../../ui/record_tabs.py" line="75"/>
        <source>Observed</source>
        <translation>Dema dîtinê</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="328"/>
        <source>Say why the report proved false.</source>
        <translation>Bêje çima rapor derew derket.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="333"/>
        <source>When it proved false</source>
        <translation>Kengê derew derket</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <location filename="../../ui/record_tabs.py" line="85"/>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="76"/>
        <source>Credibility</source>
        <translation>Pêbawerî</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="78"/>
        <source>Text</source>
        <translation>Nivîs</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <location filename="../../ui/record_tabs.py" line="98"/>
        <source>Could identify the source</source>
        <translation>Dibe ku çavkaniyê eşkere bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="77"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="83"/>
        <source>Received (e.g. 03/2019)</source>
        <translation>Dema wergirtinê (mînak 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="84"/>
        <source>Observed (e.g. 2018)</source>
        <translation>Dema dîtinê (mînak 2018)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="86"/>
        <source>Source code name</source>
        <translation>Navê kodê yê çavkaniyê</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="87"/>
        <source>What was reported</source>
        <translation>Çi hat ragihandin</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="95"/>
        <source>Credibility not judged</source>
        <translation>Pêbawerî nehatiye nirxandin</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="102"/>
        <source>Add report</source>
        <translation>Rapor zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="105"/>
        <source>Save changes</source>
        <translation>Guhertinan tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="111"/>
        <source>Cancel</source>
        <translation>Betal bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="113"/>
        <source>Change the chosen report</source>
        <translation>Rapora hilbijartî biguherîne</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="116"/>
        <source>Not about her</source>
        <translation>Ne li ser wê ye</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="119"/>
        <source>The chosen report was filed under her by mistake: take her off it. The report stays, about the others it names.</source>
        <translation>Rapora hilbijartî bi şaşî li ser navê wê hatiye tomarkirin: wê jê rake. Rapor dimîne, li ser yên din ên ku navê wan dide.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="143"/>
        <source>Also about other women (sisters seen together)?</source>
        <translation>Li ser jinên din jî ye (xwişkên ku bi hev re hatine dîtin)?</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="145"/>
        <source>%1 is already among the persons of this report.</source>
        <translation>%1 jixwe di nav kesên vê raporê de ye.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="151"/>
        <source>%1 is the case number of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 hejmara dosyaya vê rûpelê ye: rapor jixwe di binê wê de hatiye tomarkirin. Hejmara dosyaya jineke din a ku rapor li ser wê ye binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="154"/>
        <source>%1 is merged into %2, the record of this page: the report is filed under it already. Type the case number of another woman the report is about.</source>
        <translation>%1 bi %2 re hatiye yekkirin, qeyda vê rûpelê: rapor jixwe di binê wê de hatiye tomarkirin. Hejmara dosyaya jineke din a ku rapor li ser wê ye binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="156"/>
        <source>%1 and %2, the record of this page, are one woman, kept as %3: the report is filed under her already. Type the case number of another woman the report is about.</source>
        <translation>%1 û %2, qeyda vê rûpelê, jinek tenê ne, wek %3 hatiye hilanîn: rapor jixwe di binê wê de hatiye tomarkirin. Hejmara dosyaya jineke din a ku rapor li ser wê ye binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="163"/>
        <source>A report about other women too, sisters seen together, is filed once: type each one&apos;s case number, then Add person.</source>
        <translation>Raporek ku li ser jinên din jî ye, wek xwişkên ku bi hev re hatine dîtin, carekê tê tomarkirin: hejmara dosyaya her yekê binivîse, paşê Kes zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>Yes: withheld</source>
        <translation>Erê: hat veşartin</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="232"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="303"/>
        <source>Also about the women above. Another?</source>
        <translation>Li ser jinên li jor jî ye. Yeke din?</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="306"/>
        <source>Save changes to report %1</source>
        <translation>Guhertinên rapora %1 tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="312"/>
        <source>A report that could identify its informant keeps its text out of every document for a court, a family or the public. Leave it ticked unless you are sure nothing in it could lead to the source.</source>
        <translation>Nivîsa raporeke ku dibe ku çavkaniya xwe eşkere bike, di tu belgeyeke ji bo dadgehê, malbatê an giştî de nayê nivîsandin. Heta ku tu piştrast nebî ku tiştek tê de nagihîne çavkaniyê, wê nîşankirî bihêle.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>a space</source>
        <translation>valahî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>A source code holds only Latin letters %1, digits %2 and %3 (e.g. %4); %5 holds %6.</source>
        <translation>Koda çavkaniyê tenê bi tîpên latînî %1, hejmarên %2 û %3 tê nivîsîn (wek %4); lê di %5 de %6 heye.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>A source code is at most %1 characters long (e.g. %2); %3 has %4.</source>
        <translation>Koda çavkaniyê herî zêde %1 tîp e (wek %2); lê %3 %4 tîp e.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>A source code begins with a Latin letter or a digit, not %1 (e.g. %2).</source>
        <translation>Koda çavkaniyê bi tîpeke latînî an hejmarekê dest pê dike, ne bi %1 (wek %2).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>A source code holds at least one digit (e.g. %1): a name is not a code, and papers print it; who a code stands for is not kept in CaseKeeper.</source>
        <translation>Di koda çavkaniyê de herî kêm hejmarek heye (wek %1): nav ne kod e, û belge wê çap dikin; kê li pişt kodê ye di CaseKeeper de nayê tomarkirin.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Received</source>
        <translation>Dema wergirtinê</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="87"/>
        <source>Observed</source>
        <translation>Dema dîtinê</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Place</source>
        <translation>Cih</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Source</source>
        <translation>Çavkanî</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="88"/>
        <source>Credibility</source>
        <translation>Pêbawerî</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Could identify the source</source>
        <translation>Dibe ku çavkaniyê eşkere bike</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Text</source>
        <translation>Nivîs</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="89"/>
        <source>Persons</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="90"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="99"/>
        <source>Filter: a source code (K7), or words of the text, the place or a case number</source>
        <translation>Parzûn: koda çavkaniyê (K7), an peyvên nivîsê, cih an hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="107"/>
        <source>Reading the reports...</source>
        <translation>Rapor tên xwendin...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>Yes: withheld</source>
        <translation>Erê: hat veşartin</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="150"/>
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>Rapor: %1 ji %n</numerusform>
            <numerusform>Rapor: %1 ji %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="152"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>Rapor: %n</numerusform>
            <numerusform>Rapor: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_outcome.py" line="63"/>
        <source>Proved false %1: %2</source>
        <translation>Derew derket %1: %2</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="57"/>
        <source>e.g. 12500</source>
        <translation>mînak 12500</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="70"/>
        <source>e.g. intermediary M-2</source>
        <translation>mînak navbeynkar M-2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="73"/>
        <source>e.g. release</source>
        <translation>mînak azadkirin</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="75"/>
        <source>Take off</source>
        <translation>Rake</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="137"/>
        <source>Save</source>
        <translation>Tomar bike</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="138"/>
        <source>Delete rescue...</source>
        <translation>Rizgarkirinê jê bibe...</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="140"/>
        <source>Close</source>
        <translation>Bigire</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="179"/>
        <source>The operation</source>
        <translation>Operasyon</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="182"/>
        <source>e.g. 20/03/2019, 03/2019, 2019</source>
        <translation>mînak 20/03/2019, 03/2019, 2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="183"/>
        <source>Handover to family</source>
        <translation>Radestkirina malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="184"/>
        <source>the day, e.g. 25/03/2019</source>
        <translation>roj, mînak 25/03/2019</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="185"/>
        <source>where she was held</source>
        <translation>cihê ku lê dihat girtin</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="186"/>
        <source>Route</source>
        <translation>Rê</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="187"/>
        <source>Handover point</source>
        <translation>Cihê radestkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="188"/>
        <source>code names only</source>
        <translation>tenê navên kodê</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="189"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>Needs</source>
        <translation>Pêdivî</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="190"/>
        <source>medical, shelter, papers</source>
        <translation>dermankirin, stargeh, belge</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="198"/>
        <source>Status it gives</source>
        <translation>Rewşa ku dide</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="206"/>
        <source>Notes</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="213"/>
        <source>Freed: rescued (reunited at the handover to family, when its date is given)</source>
        <translation>Azad bû: rizgarkirî (di roja radestkirina malbatê de gihîştiye malbatê, heke dîroka wê hatibe dayîn)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="215"/>
        <source>Freed and back with the family: reunited</source>
        <translation>Azad bû û vegeriya malbata xwe</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="216"/>
        <source>Not freed (it failed, or freed someone else): no status</source>
        <translation>Azad nebû (bi ser neket, an yekî din azad kir): bê rewş</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="219"/>
        <source>Persons it freed</source>
        <translation>Kesên ku azad kirin</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="223"/>
        <source>No one yet: type the case number of each woman it freed, then Add person.</source>
        <translation>Hêj tu kes tune: hejmara dosyayê ya her jinekê ku azad kir binivîse, paşê Kes zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="45"/>
        <source>Add person</source>
        <translation>Kes zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="47"/>
        <source>Take the chosen person off</source>
        <translation>Kesê hilbijartî rake</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="71"/>
        <source>Case number, e.g. %1</source>
        <translation>Hejmara dosyayê, mînak %1</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="126"/>
        <source>%1 is merged into %2, who is listed already.</source>
        <translation>%1 bi %2 re hatiye yekkirin, ku jixwe di lîsteyê de ye.</translation>
    </message>
    <message>
        <location filename="../../ui/persons_box.py" line="128"/>
        <source>%1 and %2, who is listed already, are one woman, kept as %3.</source>
        <translation>%1 û %2, ku jixwe di lîsteyê de ye, jinek tenê ne, wek %3 hatiye hilanîn.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="236"/>
        <source>Ledger: what was paid, and to whom</source>
        <translation>Lêçûn: çi hat dayîn, û ji kê re</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Amount</source>
        <translation>Mîqdar</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Currency</source>
        <translation>Pere</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Paid to</source>
        <translation>Ji kê re hat dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="239"/>
        <source>Purpose</source>
        <translation>Armanc</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="240"/>
        <source>No payment is recorded for this rescue.</source>
        <translation>Ji bo vê rizgarkirinê tu dayîn nehatiye tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="243"/>
        <source>Add a ledger line</source>
        <translation>Rêzek lêçûnê zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="258"/>
        <source>New rescue</source>
        <translation>Rizgarkirina nû</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="272"/>
        <source>Rescue %1</source>
        <translation>Rizgarkirin %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="283"/>
        <source>Not said (recorded before a rescue gave a status): no status</source>
        <translation>Nehatiye gotin (berî ku rizgarkirin rewşekê bide hatiye tomarkirin): bê rewş</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="361"/>
        <source>Total: %1</source>
        <translation>Giştî: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="364"/>
        <source>(line %1 not read: see its amount and currency)</source>
        <translation>(rêza %1 nehat xwendin: li mîqdar û pereyê wê binêre)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="224"/>
        <source>%1 is already among the persons of this rescue.</source>
        <translation>%1 jixwe di nav kesên vê rizgarkirinê de ye.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="65"/>
        <source>USD, IQD, another currency&apos;s three letters, or its name (dollar, dinar, euro)</source>
        <translation>USD, IQD, sê tîpên pereyekî din, an navê wî (dolar, dînar, ewro)</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="433"/>
        <source>Rescue %1 recorded.</source>
        <translation>Rizgarkirina %1 hat tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="434"/>
        <source>Rescue %1 saved.</source>
        <translation>Guhertinên rizgarkirina %1 hatin tomarkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="435"/>
        <source>Rescue %1 already says so: nothing changed.</source>
        <translation>Rizgarkirina %1 jixwe wisa dibêje: tiştek nehat guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="436"/>
        <source>Rescue %1 deleted, with its ledger and the statuses it gave.</source>
        <translation>Rizgarkirina %1 hat jêbirin, bi lêçûnên wê û rewşên ku dabûn re.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="441"/>
        <source>Ledger now: %1; it was: %2</source>
        <translation>Lêçûn niha: %1; berê: %2</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="450"/>
        <source>%1 is now %2.</source>
        <translation>Rewşa %1 niha %2 ye.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="454"/>
        <source>%1 is now %2 (was %3): a status later or further along her case.</source>
        <translation>Rewşa %1 niha %2 ye (berê: %3): rewşeke paşêtir an di dosyaya wê de pêşdetir.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="455"/>
        <source>%1 is now %2 (was %3).</source>
        <translation>Rewşa %1 niha %2 ye (berê: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="459"/>
        <source>%1 stays %2.</source>
        <translation>Rewşa %1 dimîne: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="463"/>
        <source>%1 stays %2: her death is dated so that it may come after this rescue. If it was reported in error, withdraw it (casekeeper person status-withdraw %1 deceased --reason ...).</source>
        <translation>Rewşa %1 dimîne: %2: dîroka mirina wê wisa ye ku dibe ku piştî vê rizgarkirinê be. Heke bi şaşî hatibe ragihandin, wê vekişîne (casekeeper person status-withdraw %1 deceased --reason ...).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="468"/>
        <source>%1 stays %2: a status later or further along her case.</source>
        <translation>Rewşa %1 dimîne: %2: rewşeke paşêtir an di dosyaya wê de pêşdetir.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="471"/>
        <source>%1 is taken off this rescue; her status is now %2.</source>
        <translation>%1 ji vê rizgarkirinê hat rakirin; rewşa wê niha %2 ye.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="481"/>
        <source>no date</source>
        <translation>bê dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="483"/>
        <source>Delete rescue %1 (%2) of %3?</source>
        <translation>Rizgarkirina %1 (%2) ya %3 were jêbirin?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rescue_dialog.py" line="484"/>
        <source>Its ledger of %n line(s) and the statuses it gave go with it: each woman&apos;s status is worked out again without it. The audit trail keeps that it was deleted.</source>
        <translation>
            <numerusform>Lêçûnên wê (%n rêz) û rewşên ku dabûn bi wê re diçin: rewşa her jinekê bêyî wê ji nû ve tê hesibandin. Tomara kontrolê diparêze ku hatiye jêbirin.</numerusform>
            <numerusform>Lêçûnên wê (%n rêz) û rewşên ku dabûn bi wê re diçin: rewşa her jinekê bêyî wê ji nû ve tê hesibandin. Tomara kontrolê diparêze ku hatiye jêbirin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="488"/>
        <source>Delete rescue</source>
        <translation>Rizgarkirinê jê bibe</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="522"/>
        <source>The rescue has changes that are not saved. Close it all the same, without them?</source>
        <translation>Di rizgarkirinê de guhertinên netomarkirî hene. Dîsa jî bigire, bêyî wan?</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_dialog.py" line="524"/>
        <source>Close without saving</source>
        <translation>Bêyî tomarkirinê bigire</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="41"/>
        <source>Type her case number (e.g. SNJ-00012), then Add person.</source>
        <translation>Hejmara dosyaya wê binivîse (mînak SNJ-00012), paşê Kes zêde bike.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="48"/>
        <source>No person has the case number %1: check it on her papers. Nothing was added.</source>
        <translation>Tu kes bi hejmara dosyayê %1 tune: li ser belgeyên wê kontrol bike. Tiştek nehat zêdekirin.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="100"/>
        <source>Ledger line %1: %2 may be read two ways; write the amount with no separator, and a dot for a fraction (1500, 1.5).</source>
        <translation>Rêza lêçûnê %1: %2 dikare bi du awayan were xwendin; mîqdarê bêyî veqetînerê binivîse, û xalek ji bo perçeyê (1500, 1.5).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="105"/>
        <source>Ledger line %1: %2 is no amount paid: an amount paid is more than 0.</source>
        <translation>Rêza lêçûnê %1: %2 ne mîqdareke dayî ye: mîqdara dayî ji 0 zêdetir e.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="109"/>
        <source>Ledger line %1 has no amount: write what was paid, or take the line off.</source>
        <translation>Rêza lêçûnê %1 mîqdar tune: tiştê hatî dayîn binivîse, an rêzê rake.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="112"/>
        <source>Ledger line %1: %2 is not an amount; write digits, with at most two after a dot (12500, 2500.50).</source>
        <translation>Rêza lêçûnê %1: %2 ne mîqdar e; hejmaran binivîse, piştî xalê herî zêde du (12500, 2500.50).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="124"/>
        <source>Ledger line %1 has no currency: choose one of %2, or write another&apos;s three letters.</source>
        <translation>Rêza lêçûnê %1 pere tune: yek ji %2 hilbijêre, an sê tîpên pereyekî din binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="131"/>
        <source>Ledger line %1: %2 is no currency code; did you mean %3? Write its three letters (%4) or its name (dollar, dinar, euro).</source>
        <translation>Rêza lêçûnê %1: %2 ne koda pereyekî ye; mebesta te %3 bû? Sê tîpên wê binivîse (%4) an navê pereyî (dolar, dînar, ewro).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="135"/>
        <source>Ledger line %1: %2 is no currency code; write its three letters (%3) or its name (dollar, dinar, euro).</source>
        <translation>Rêza lêçûnê %1: %2 ne koda pereyekî ye; sê tîpên wê binivîse (%3) an navê pereyî (dolar, dînar, ewro).</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="128"/>
        <source>Ledger line %1: %2 may be %3 or %4; choose which.</source>
        <translation>Rêza lêçûnê %1: %2 dibe ku %3 an %4 be; hilbijêre kîjan e.</translation>
    </message>
    <message>
        <location filename="../../ui/rescue_ops.py" line="162"/>
        <source>The rescue names no one: add the persons it freed.</source>
        <translation>Rizgarkirin navê tu kesî nade: kesên ku azad kirin zêde bike.</translation>
    </message>
</context>
<context>
    <name>RescueForm</name>
    <message>
        <location filename="../../ui/person_ops.py" line="342"/>
        <location filename="../../ui/rescue_ops.py" line="169"/>
        <source>The rescue needs at least its date, where from, or its outcome.</source>
        <translation>Ji rizgarkirinê re herî kêm dîroka wê, cihê jê an encama wê divê.</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="346"/>
        <location filename="../../ui/rescue_ops.py" line="145"/>
        <source>Rescue date</source>
        <translation>Dîroka rizgarkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/person_ops.py" line="347"/>
        <location filename="../../ui/rescue_ops.py" line="146"/>
        <source>Handover to family</source>
        <translation>Radestkirina malbatê</translation>
    </message>
</context>
<context>
    <name>RescuesTab</name>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="327"/>
        <location filename="../../ui/record_tabs.py" line="333"/>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <location filename="../../ui/record_tabs.py" line="334"/>
        <source>Handover point</source>
        <translation>Cihê radestkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="328"/>
        <source>Handover to family</source>
        <translation>Radestkirina malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="329"/>
        <location filename="../../ui/record_tabs.py" line="337"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="332"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>Dîrok (mînak 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="336"/>
        <source>Handover to family (e.g. 25/03/2019)</source>
        <translation>Radestkirina malbatê (mînak 25/03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="338"/>
        <source>Add rescue</source>
        <translation>Rizgarkirinê zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="343"/>
        <source>She was freed: rescued</source>
        <translation>Azad bû: rizgarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="344"/>
        <source>Freed and back with her family: reunited</source>
        <translation>Azad bû û vegeriya malbata xwe</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="345"/>
        <source>Not freed: no status</source>
        <translation>Azad nebû: bê rewş</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="351"/>
        <source>Add rescue...</source>
        <translation>Rizgarkirinê zêde bike...</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="354"/>
        <source>Every field of the rescue, the others freed with her, and what was paid to whom</source>
        <translation>Hemû qadên rizgarkirinê, yên din ên ku bi wê re hatin azadkirin, û çi ji kê re hat dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/record_tabs.py" line="357"/>
        <source>Change the chosen rescue...</source>
        <translation>Rizgarkirina hilbijartî biguherîne...</translation>
    </message>
</context>
<context>
    <name>RescuesView</name>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>No.</source>
        <translation>Hej.</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>From</source>
        <translation>Ji</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="195"/>
        <source>Handover point</source>
        <translation>Cihê radestkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Handover to family</source>
        <translation>Radestkirina malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Paid</source>
        <translation>Pereyê dayî</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="197"/>
        <source>Outcome</source>
        <translation>Encam</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="196"/>
        <source>Persons</source>
        <translation>Kes</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="211"/>
        <source>New rescue...</source>
        <translation>Rizgarkirina nû...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="213"/>
        <source>Record a rescue: its date, the women it freed (by case number), what was paid</source>
        <translation>Rizgarkirinekê tomar bike: dîroka wê, jinên ku azad kirin (bi hejmara dosyayê), û çi hat dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="216"/>
        <source>Filter: a name, a case number or a year</source>
        <translation>Parzûn: navek, hejmara dosyayê an salek</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="219"/>
        <source>Open rescue...</source>
        <translation>Rizgarkirinê veke...</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="222"/>
        <source>The chosen rescue in the rescue form, to read, change or delete it (or double-click it, or press Enter)</source>
        <translation>Rizgarkirina hilbijartî di forma wê de, ji bo xwendin, guhertin an jêbirinê (an du caran li ser bitikîne, an Enter bitikîne)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="224"/>
        <source>Open her page</source>
        <translation>Rûpela wê veke</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="227"/>
        <source>The page of a woman the chosen rescue freed (a list of them when it freed several)</source>
        <translation>Rûpela jinekê ku rizgarkirina hilbijartî azad kir (lîsteyek ji wan, eger çend jin azad kiribin)</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="251"/>
        <source>Reading the rescue operations...</source>
        <translation>Operasyonên rizgarkirinê tên xwendin...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="308"/>
        <source>%1 of %n rescue operation(s)</source>
        <translation>
            <numerusform>Operasyonên rizgarkirinê: %1 ji %n</numerusform>
            <numerusform>Operasyonên rizgarkirinê: %1 ji %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="310"/>
        <source>%n rescue operation(s)</source>
        <translation>
            <numerusform>Operasyonên rizgarkirinê: %n</numerusform>
            <numerusform>Operasyonên rizgarkirinê: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="382"/>
        <source>Open the page of %1</source>
        <translation>Rûpela %1 veke</translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="406"/>
        <source>Open rescue %1...</source>
        <translation>Rizgarkirina %1 veke...</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../ui/restore_page.py" line="65"/>
        <source>Restore the vault from a backup</source>
        <translation>Xezîneyê ji yedekekê vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="83"/>
        <source>Choose...</source>
        <translation>Hilbijêre...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="93"/>
        <location filename="../../ui/restore_page.py" line="119"/>
        <source>Passphrase of the backup</source>
        <translation>Şîfreya yedekê</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="94"/>
        <source>Use the recovery code instead</source>
        <translation>Li şûna wê koda vegerandinê bi kar bîne</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="98"/>
        <source>Backup folder</source>
        <translation>Peldanka yedekê</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="102"/>
        <source>It is restored into this folder:</source>
        <translation>Ew ê li vê peldankê were vegerandin:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="104"/>
        <source>Restore</source>
        <translation>Vegerîne</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="107"/>
        <source>Back</source>
        <translation>Vegere</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="118"/>
        <source>Recovery code of the backup</source>
        <translation>Koda vegerandinê ya yedekê</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="144"/>
        <source>There is no folder %1: plug in the backup drive, or choose the folder again.</source>
        <translation>Peldanka %1 tune: ajokara yedekê têxe, an peldankê dîsa hilbijêre.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="150"/>
        <source>%1 holds backups, not one backup: choose one of the folders in it (the newest is %2).</source>
        <translation>%1 yedekan dihewîne, ne yedekekê: yek ji peldankên tê de hilbijêre (ya herî nû: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="165"/>
        <source>Type the recovery code of the backup.</source>
        <translation>Koda vegerandinê ya yedekê binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="166"/>
        <source>Type the passphrase the vault had when the backup was made.</source>
        <translation>Şîfreya ku dema yedek hat girtin ya xezîneyê bû binivîse.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="174"/>
        <location filename="../../ui/restore_page.py" line="326"/>
        <location filename="../../ui/restore_page.py" line="336"/>
        <source>Checking the backup...</source>
        <translation>Yedek tê kontrolkirin...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="346"/>
        <source>The backup opens and is whole: %n person record(s).</source>
        <translation>
            <numerusform>Yedek vedibe û saxlem e: %n qeyda kesê.</numerusform>
            <numerusform>Yedek vedibe û saxlem e: %n qeydên kesan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="191"/>
        <source>A vault is already on this laptop, in this folder:</source>
        <translation>Jixwe xezîneyek li ser vê laptopê heye, di vê peldankê de:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="227"/>
        <source>%n person record(s) deleted in the backup since will leave the vault.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve di yedekê de hatine jêbirin dê ji xezîneyê derkevin.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve di yedekê de hatine jêbirin dê ji xezîneyê derkevin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="229"/>
        <source>The backup is newer than the vault on this laptop: %n person record(s) added since will come in.</source>
        <translation>
            <numerusform>Yedek ji xezîneya li ser vê laptopê nûtir e: %n qeydên kesan ên ji wê demê ve hatine zêdekirin dê tê de bên.</numerusform>
            <numerusform>Yedek ji xezîneya li ser vê laptopê nûtir e: %n qeydên kesan ên ji wê demê ve hatine zêdekirin dê tê de bên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="237"/>
        <source>The vault on this laptop does not open with the backup&apos;s key: it is another vault, or it was given a new key since. What it holds that the backup does not (persons added since, persons deleted since to protect them) cannot be told, and case numbers given since may be given again.</source>
        <translation>Xezîneya li ser vê laptopê bi mifteya yedekê venabe: ew xezîneyeke din e, an ji wê demê ve mifteyeke nû jê re hatiye dayîn. Tiştên ku tê de hene û di yedekê de tune ne (kesên ji wê demê ve hatine zêdekirin, kesên ji wê demê ve ji bo parastina wan hatine jêbirin) nayên zanîn, û dibe ku hejmarên dosyayan ên ji wê demê ve hatine dayîn dîsa bên dayîn.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="243"/>
        <source>The backup is of ANOTHER vault: its audit trail begins elsewhere.</source>
        <translation>Yedek ya xezîneyeke DIN e: tomara wê ya kontrolê li cihekî din dest pê dike.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="245"/>
        <source>The backup is OLDER than the vault on this laptop (made %1): restoring it undoes what was done since.</source>
        <translation>Yedek ji xezîneya li ser vê laptopê KEVNTIR e (di %1 de hatiye çêkirin): vegerandina wê tiştên ji wê demê ve hatine kirin betal dike.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="249"/>
        <source>The vault and the backup went apart (the vault was restored from an older backup since, or is a copy): each holds what the other does not.</source>
        <translation>Xezîne û yedek ji hev veqetiyane (xezîne ji wê demê ve ji yedekeke kevntir hatiye vegerandin, an kopiyek e): di her yekê de tiştên ku di ya din de tune ne hene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="267"/>
        <source>%n person record(s) changed since would go back to what they were.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine guhertin dê vegerin ser rewşa xwe ya berê.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine guhertin dê vegerin ser rewşa xwe ya berê.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="257"/>
        <source>Case numbers given since will not be given again.</source>
        <translation>Hejmarên dosyayan ên ji wê demê ve hatine dayîn dê dîsa neyên dayîn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="264"/>
        <source>%n person record(s) changed since would go back to what they were, notes edited since among them.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine guhertin dê vegerin ser rewşa xwe ya berê, notên ji wê demê ve hatine guhertin jî di nav wan de ne.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine guhertin dê vegerin ser rewşa xwe ya berê, notên ji wê demê ve hatine guhertin jî di nav wan de ne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="269"/>
        <source>%n person record(s) added to the backup since would come in: %1.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve li yedekê hatine zêdekirin dê bikevin xezîneyê: %1.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve li yedekê hatine zêdekirin dê bikevin xezîneyê: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="271"/>
        <source>%n person record(s) deleted in the backup since would leave the vault: %1.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve di yedekê de hatine jêbirin dê ji xezîneyê derkevin: %1.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve di yedekê de hatine jêbirin dê ji xezîneyê derkevin: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="273"/>
        <source>%n person record(s) deleted since would come back: %1.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine jêbirin dê vegerin: %1.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine jêbirin dê vegerin: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="275"/>
        <source>%n person record(s) added since would be lost: %1.</source>
        <translation>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine zêdekirin dê winda bibin: %1.</numerusform>
            <numerusform>%n qeydên kesan ên ji wê demê ve hatine zêdekirin dê winda bibin: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="286"/>
        <source>Unsaved edits kept in the vault when it locked would be lost: %1.</source>
        <translation>Guhertinên neparastî yên ku dema xezîne hate girtin tê de hatin hilanîn dê winda bibin: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="292"/>
        <source>%n setting(s) changed in the vault on this laptop (such as the idle lock) would go back to the backup&apos;s.</source>
        <translation>
            <numerusform>%n mîhengên xezîneyê yên li ser vê laptopê hatine guhertin (wek girtina dema bêkariyê) dê vegerin yên yedekê.</numerusform>
            <numerusform>%n mîhengên xezîneyê yên li ser vê laptopê hatine guhertin (wek girtina dema bêkariyê) dê vegerin yên yedekê.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="301"/>
        <source>the New person form</source>
        <translation>forma «Kesê nû»</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="305"/>
        <source>%1 (may hold %2)</source>
        <translation>%1 (dibe ku %2 tê de hebe)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="313"/>
        <source>The vault was given a new key since the backup: the backup&apos;s key, passphrase and recovery code come back with it, and the ones set since no longer open it.</source>
        <translation>Piştî yedekê mifteyeke nû dan xezîneyê: mifte, şîfre û koda vegerandinê ya yedekê bi wê re vedigerin, û yên piştre hatine danîn êdî wê venakin.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="316"/>
        <source>The passphrase was changed since the backup: the backup&apos;s passphrase opens the vault again, and the one set since no longer does.</source>
        <translation>Piştî yedekê şîfre hate guhertin: şîfreya yedekê dîsa xezîneyê vedike, û ya piştre hatiye danîn êdî wê venake.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="319"/>
        <source>The recovery code was replaced since the backup: the backup&apos;s recovery code opens the vault again, and the one made since no longer does.</source>
        <translation>Piştî yedekê koda vegerandinê hate guhertin: koda vegerandinê ya yedekê dîsa xezîneyê vedike, û ya piştre hatiye çêkirin êdî wê venake.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="347"/>
        <source>The backup opens, and its pages and tables are whole (not its trail&apos;s end: %1 is missing): %n person record(s).</source>
        <translation>
            <numerusform>Yedek vedibe, û rûpel û tabloyên wê saxlem in (ne dawiya tomara wê: %1 tune ye): %n qeydên kesan.</numerusform>
            <numerusform>Yedek vedibe, û rûpel û tabloyên wê saxlem in (ne dawiya tomara wê: %1 tune ye): %n qeydên kesan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="360"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without it). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has it, use that one.</source>
        <translation>Li kêleka yedekê tune ye: %1 (kopiyeke ku berî temambûnê sekinî, an bêyî wê hat çêkirin). Rûpel û tabloyên wê hatin kontrolkirin û temam in, lê tomara wê ya kontrolê li hember cihê ku dema yedek hat çêkirin lê bi dawî bûbû nehat kontrolkirin, ji ber vê yekê heke ji wê demê ve tomar ji dawiya wê hatibin rakirin, ew xuya nabe. Hîn dikare were vegerandin; heke kopiyeke din a vê yedekê ew pel hebe, wê bi kar bîne.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="367"/>
        <source>Missing beside the backup: %1 (a copy stopped early, or made without them). Its pages and tables were checked whole, but its audit trail could not be checked against where it ended when the backup was made, so entries taken off its end since would not show. It can still be restored; if another copy of this backup has them, use that one.</source>
        <translation>Li kêleka yedekê tune ye: %1 (kopiyeke ku berî temambûnê sekinî, an bêyî wan hat çêkirin). Rûpel û tabloyên wê hatin kontrolkirin û temam in, lê tomara wê ya kontrolê li hember cihê ku dema yedek hat çêkirin lê bi dawî bûbû nehat kontrolkirin, ji ber vê yekê heke ji wê demê ve tomar ji dawiya wê hatibin rakirin, ew xuya nabe. Hîn dikare were vegerandin; heke kopiyeke din a vê yedekê wan hebe, wê bi kar bîne.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="373"/>
        <source>Missing beside the backup: %1. It only says which vault the backup is of; the backup&apos;s audit trail was checked against where it ended when it was made.</source>
        <translation>Li kêleka yedekê tune ye: %1. Ew tenê dibêje ku yedek a kîjan xezîneyê ye; tomara kontrolê ya yedekê li hember cihê ku dema hat çêkirin lê bi dawî bûbû hat kontrolkirin.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="383"/>
        <source>The vault that was here is kept, not deleted, in this folder:</source>
        <translation>Xezîneya ku li vir bû hatiye parastin, nehatiye jêbirin, di vê peldankê de:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="385"/>
        <source>What was in the vault&apos;s folder before is kept in this folder:</source>
        <translation>Tiştê ku berê di peldanka xezîneyê de bû di vê peldankê de hatiye parastin:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="388"/>
        <source>It opens with the passphrase and recovery code it had, and CaseKeeper never deletes it: once you have checked the restored vault, delete that folder yourself.</source>
        <translation>Ew bi şîfre û koda vegerandinê ya ku hebû vedibe, û CaseKeeper qet wê jê nabe: piştî ku te xezîneya vegerandî kontrol kir, wê peldankê bi xwe jê bibe.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="393"/>
        <source>Deleted first, beside the vault: %1, the copy of a backup that an earlier restore left when it was cut off.</source>
        <translation>Pêşî li kêleka xezîneyê hate jêbirin: %1, kopiya yedekekê ku vegerandineke berê ya qutbûyî li pey xwe hiştibû.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="411"/>
        <source>A passphrase set since the backup does not open it.</source>
        <translation>Şîfreyeke ku piştî yedekê hatiye danîn wê venake.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="413"/>
        <source>The recovery code replaced since the backup opens it again: if that code may be in other hands, make a new one now (Vault &gt; New recovery code...).</source>
        <translation>Koda vegerandinê ya ku piştî yedekê hate guhertin wê dîsa vedike: heke ew kod dibe ku di destê kesên din de be, niha yeke nû çêke (Xezîne &gt; Koda vegerandinê ya nû...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="417"/>
        <source>The passphrase replaced since the backup opens it again: if it may be known, change it now (Vault &gt; Change passphrase...).</source>
        <translation>Şîfreya ku piştî yedekê hate guhertin wê dîsa vedike: heke dibe ku were zanîn, niha biguherîne (Xezîne &gt; Şîfreyê biguherîne...).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="402"/>
        <source>A passphrase set since the backup does not open it, and a recovery code made void since (a new key) opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>Şîfreyeke ku piştî yedekê hatiye danîn wê venake, û koda vegerandinê ya ku piştre hatiye betalkirin (bi mifteyeke nû) wê dîsa vedike: heke ew kod dibe ku di destê kesên din de be, niha mifteyeke nû çêke.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="406"/>
        <source>A passphrase set since the backup does not open it, and if the vault was given a new key since, the recovery code it made void opens it again: if that code may be in other hands, make a new key now.</source>
        <translation>Şîfreyeke ku piştî yedekê hatiye danîn wê venake, û heke piştre mifteyeke nû dabe xezîneyê, koda vegerandinê ya ku wê mifteyê betal kiribû wê dîsa vedike: heke ew kod dibe ku di destê kesên din de be, niha mifteyeke nû çêke.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="193"/>
        <source>It will be moved aside, not deleted, to a new folder beside it, named with the date and time, like %1</source>
        <translation>Ew ê were danîn aliyekî, nayê jêbirin, li peldankeke nû ya li kêleka wê, ku dîrok û dem di navê wê de ne, wek %1</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="73"/>
        <source>Choose the backup&apos;s folder on the backup drive (its name is like %1) and type the passphrase the vault had when the backup was made. The backup is checked before anything changes. A vault already on this laptop is moved aside, never deleted.</source>
        <translation>Peldanka yedekê li ser ajokara yedekê hilbijêre (navê wê wek %1 e) û şîfreya ku dema yedek hat girtin ya xezîneyê bû binivîse. Berî ku tiştek biguhere, yedek tê kontrolkirin. Xezîneyek ku jixwe li ser vê laptopê ye tê danîn aliyekî, qet nayê jêbirin.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="138"/>
        <source>Choose the backup folder on the backup drive: its name is like %1.</source>
        <translation>Peldanka yedekê li ser ajokara yedekê hilbijêre: navê wê wek %1 e.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="197"/>
        <source>Put the backup in its place?</source>
        <translation>Bila yedek li şûna wê were danîn?</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="215"/>
        <source>Nothing was restored; the vault is as it was.</source>
        <translation>Tiştek nehat vegerandin; xezîne wek xwe ma.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="254"/>
        <source>%n change(s) since to reports, rescues, imports or the vault&apos;s settings would be lost.</source>
        <translation>
            <numerusform>%n guhertinên ji wê demê ve di raporan, rizgarkirinan, îthalatan an mîhengên xezîneyê de dê winda bibin.</numerusform>
            <numerusform>%n guhertinên ji wê demê ve di raporan, rizgarkirinan, îthalatan an mîhengên xezîneyê de dê winda bibin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="337"/>
        <source>Copying the backup into the vault&apos;s folder...</source>
        <translation>Yedek tê kopîkirin nav peldanka xezîneyê...</translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="338"/>
        <source>Checking the copy and its audit trail...</source>
        <translation>Kopî û tomara wê ya kontrolê tên kontrolkirin...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restore_page.py" line="378"/>
        <source>The backup was restored: %n person record(s).</source>
        <translation>
            <numerusform>Yedek hat vegerandin: %n qeyda kesê.</numerusform>
            <numerusform>Yedek hat vegerandin: %n qeydên kesan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restore_page.py" line="396"/>
        <source>Unlock it with the passphrase the vault had when the backup was made (or use its recovery code to set a new one).</source>
        <translation>Wê bi şîfreya ku dema yedek hat girtin ya xezîneyê bû veke (an koda wê ya vegerandinê bi kar bîne da ku şîfreyeke nû deynî).</translation>
    </message>
</context>
<context>
    <name>SearchSaid</name>
    <message>
        <location filename="../../ui/search_said.py" line="16"/>
        <source>status unknown</source>
        <translation>bê rewşa naskirî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="17"/>
        <source>sex unknown</source>
        <translation>bê zayenda naskirî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="18"/>
        <source>no village recorded</source>
        <translation>bê gundê tomarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="19"/>
        <source>no birth recorded</source>
        <translation>bê jidayikbûna tomarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="20"/>
        <source>no abduction date recorded</source>
        <translation>bê dîroka revandinê ya tomarkirî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="29"/>
        <source>%1 of %2 matches shown, best first: type more of her name to narrow them</source>
        <translation>%1 ji %2 encaman têne nîşandan, ya herî baş pêşî: bêtir ji navê wê binivîse da ku kêm bibin</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="32"/>
        <source>%1 matches shown, best first, and at least %2 more matched: type more of her name to narrow them</source>
        <translation>%1 encam têne nîşandan, ya herî baş pêşî, û herî kêm %2 encamên din li hev hatin: bêtir ji navê wê binivîse da ku kêm bibin</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="43"/>
        <location filename="../../ui/search_said.py" line="61"/>
        <source> or </source>
        <translation> an </translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="45"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits; clear that filter to see it</source>
        <translation>Tomarek %1 ji aliyê parzûnan ve hatiye derxistin, ku nikarin bibêjin li hev tê an na; wê parzûnê paqij bike da ku wê bibînî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="48"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit; clear that filter to see them</source>
        <translation>Tomarên %2 ku parzûnan derxistine: %1, ku nikarin bibêjin li hev tên an na; wê parzûnê paqij bike da ku wan bibînî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="64"/>
        <source>1 record with %1 is left out by the filters, which cannot tell whether it fits (%2 %3); clear that filter to see it</source>
        <translation>Tomarek %1 ji aliyê parzûnan ve hatiye derxistin, ku nikarin bibêjin li hev tê an na (%2 %3); wê parzûnê paqij bike da ku wê bibînî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="68"/>
        <source>%1 records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>Tomarên %2 ku parzûnan derxistine: %1, ku nikarin bibêjin li hev tên an na (ya herî baş: %3 %4); wê parzûnê paqij bike da ku wan bibînî</translation>
    </message>
    <message>
        <location filename="../../ui/search_said.py" line="71"/>
        <source>%1 or more records with %2 are left out by the filters, which cannot tell whether they fit (best: %3 %4); clear that filter to see them</source>
        <translation>Tomarên %2 ku parzûnan derxistine: %1 an bêtir, ku nikarin bibêjin li hev tên an na (ya herî baş: %3 %4); wê parzûnê paqij bike da ku wan bibînî</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="37"/>
        <source>Show</source>
        <translation>Nîşan bide</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <source>Interface language</source>
        <translation>Zimanê navrûyê</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="148"/>
        <source>Lock after idle minutes</source>
        <translation>Piştî deqeyên bêkarî kilît bike</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155"/>
        <source>A new language applies from the next unlock.</source>
        <translation>Ziman nû ji vekirina din ve derbas dibe.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Female</source>
        <translation>Mê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Male</source>
        <translation>Nêr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Unknown</source>
        <translation>Nenas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>female</source>
        <translation>mê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>male</source>
        <translation>nêr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>unknown</source>
        <translation>nayê zanîn</translation>
    </message>
</context>
<context>
    <name>SharingLevel</name>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Internal only</source>
        <translation>Tenê navxweyî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>NGO</source>
        <translation>Rêxistina nehikûmî</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Court</source>
        <translation>Dadgeh</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Family</source>
        <translation>Malbat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Public appeal</source>
        <translation>Banga giştî</translation>
    </message>
</context>
<context>
    <name>SplitSaid</name>
    <message>
        <location filename="../../ui/split_said.py" line="13"/>
        <source>it was decided by hand while the two were one record</source>
        <translation>dema ku her du yek tomar bûn, bi destan biryar li ser hate dayîn</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="15"/>
        <source>it changed %1 then, and that change stays on %1</source>
        <translation>wê demê %1 guherand, û ew guhertin li ser %1 dimîne</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="17"/>
        <source>it dated a status that came with the other record, and the split took that status back from %1</source>
        <translation>dîrokek da rewşeke ku bi tomara din re hatibû, û veqetandinê ew rewş ji %1 paş ve stand</translation>
    </message>
    <message>
        <location filename="../../ui/split_said.py" line="20"/>
        <source>nothing it said tells which of the two it is</source>
        <translation>tiştek ji tiştên ku got nabêje ew kîjan ji herduyan e</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Missing</source>
        <translation>Winda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Sighted</source>
        <translation>Hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Located</source>
        <translation>Cihê wê hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>In negotiation</source>
        <translation>Di danûstandinê de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Rescued</source>
        <translation>Hatiye rizgarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Reunited</source>
        <translation>Gihîştiye malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Deceased</source>
        <translation>Miriye</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Unknown</source>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Missing</source>
        <comment>of a man</comment>
        <translation>Winda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Sighted</source>
        <comment>of a man</comment>
        <translation>Hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Located</source>
        <comment>of a man</comment>
        <translation>Cihê wî hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>In negotiation</source>
        <comment>of a man</comment>
        <translation>Di danûstandinê de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Rescued</source>
        <comment>of a man</comment>
        <translation>Hatiye rizgarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Reunited</source>
        <comment>of a man</comment>
        <translation>Gihîştiye malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Deceased</source>
        <comment>of a man</comment>
        <translation>Miriye</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Unknown</source>
        <comment>of a man</comment>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Missing</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Winda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Sighted</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Located</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Cihê wî/wê hatiye dîtin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>In negotiation</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Di danûstandinê de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Rescued</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Hatiye rizgarkirin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Reunited</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Gihîştiye malbatê</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Deceased</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Miriye</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Unknown</source>
        <comment>of a person whose sex is not recorded</comment>
        <translation>Nayê zanîn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>said of the whole list, not in her row</source>
        <translation>ji bo tevahiya lîsteyê hat gotin, ne di rêza wê de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>said of the whole list, not in his row</source>
        <translation>ji bo tevahiya lîsteyê hat gotin, ne di rêza wî de</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>said of the whole list, not in this person&apos;s row</source>
        <translation>ji bo tevahiya lîsteyê hat gotin, ne di rêza vî kesî de</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/person_ops.py" line="222"/>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Date</source>
        <translation>Dîrok</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="128"/>
        <location filename="../../ui/person_tabs.py" line="140"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="129"/>
        <source>Recorded</source>
        <translation>Dema tomarkirinê</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="136"/>
        <source>Date (e.g. 03/2019)</source>
        <translation>Dîrok (mînak 03/2019)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="147"/>
        <source>The report this status rests on. With no date typed, the status takes the date the report was observed.</source>
        <translation>Rapora ku ev rewş li ser wê ye. Heke dîrok neyê nivîsîn, rewş dema dîtinê ya raporê digire.</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="150"/>
        <source>Add event</source>
        <translation>Bûyerê zêde bike</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="157"/>
        <source>Withdraw the selected status...</source>
        <translation>Rewşa hilbijartî paşde bikişîne...</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="173"/>
        <source>No report</source>
        <translation>Bê rapor</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="180"/>
        <source>Report %1: %2</source>
        <translation>Rapor %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="181"/>
        <source>Report %1</source>
        <translation>Rapor %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="183"/>
        <source>%1 (proved false)</source>
        <translation>%1 (derew derket)</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="218"/>
        <source>from rescue operation %1</source>
        <translation>ji operasyona rizgarkirinê %1</translation>
    </message>
    <message>
        <location filename="../../ui/person_tabs.py" line="221"/>
        <source>on report %1</source>
        <translation>li ser rapora %1</translation>
    </message>
</context>
<context>
    <name>SummaryChoice</name>
    <message>
        <location filename="../../ui/print_summary.py" line="23"/>
        <source>Persons in the summary</source>
        <translation>Kesên di kurteyê de</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="27"/>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="158"/>
        <source>Name or case number</source>
        <translation>Nav an hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="29"/>
        <source>Words that must all be in the name, another spelling of it or the case number, as they are written there (the Persons list&apos;s search also finds other spellings)</source>
        <translation>Peyvên ku divê hemû di nav, rênivîseke din a wî an hejmara dosyayê de bin, wek ku li wir hatine nivîsîn (lêgerîna lîsteya kesan rênivîsên din jî dibîne)</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="37"/>
        <source>today</source>
        <translation>îro</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="38"/>
        <source>when taken</source>
        <translation>dema revandinê</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="40"/>
        <source>Her age when she was taken counts from her recorded birth to her abduction date (in %1 where none is recorded); a person with no birth recorded is left out</source>
        <translation>temenê wê dema revandinê ji jidayikbûna wê ya tomarkirî heta dîroka revandina wê tê hesibandin (di %1 de heke nehatibe tomarkirin); kesê ku jidayikbûna wî nehatiye tomarkirin tê derxistin</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by case number</source>
        <translation>li gorî hejmara dosyayê</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="45"/>
        <source>by name</source>
        <translation>li gorî navî</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by village</source>
        <translation>li gorî gundî</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="46"/>
        <source>by status</source>
        <translation>li gorî rewşê</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="153"/>
        <source>Status</source>
        <translation>Rewş</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="54"/>
        <location filename="../../ui/print_summary.py" line="155"/>
        <source>Sex</source>
        <translation>Zayend</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="55"/>
        <location filename="../../ui/print_summary.py" line="154"/>
        <source>Village</source>
        <translation>Gund</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Order</source>
        <translation>Rêz</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="58"/>
        <source>Age counted</source>
        <translation>Temen tê hesibandin</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, from</source>
        <translation>Temenê dema revandinê, ji</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="90"/>
        <source>Age when taken, to</source>
        <translation>Temenê dema revandinê, heta</translation>
    </message>
    <message>
        <location filename="../../ui/print_summary.py" line="136"/>
        <source>The Persons list shows %1 of the %2 persons its search found: only those %1, the closest, are printed, in its order, and the document says so. For the others, type more of her name in the Persons list&apos;s search.</source>
        <translation>Lîsteya kesan %1 ji %2 kesên ku lêgerîna wê dîtin nîşan dide: tenê ew %1, yên herî nêzîk, têne çapkirin, bi rêza wê, û belge vê dibêje. Ji bo yên din, di lêgerîna lîsteya kesan de bêtir ji navê wê binivîse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_summary.py" line="141"/>
        <source>Prints the %n person(s) the Persons list shows for this search, in its order (other words in the name box choose by those words instead).</source>
        <translation>
            <numerusform>Kesên ku lîsteya kesan ji bo vê lêgerînê nîşan dide (%n) çap dike, bi rêza wê (peyvên din di qutiya navê de li şûna wê bi wan peyvan hildibijêrin).</numerusform>
            <numerusform>Kesên ku lîsteya kesan ji bo vê lêgerînê nîşan dide (%n) çap dike, bi rêza wê (peyvên din di qutiya navê de li şûna wê bi wan peyvan hildibijêrin).</numerusform>
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
        <translation>Ev hûrguliyên ku te nivîsîn di tomara %1 de tune ne. Bila lê werin zêdekirin? Tiştekî ku di tomarê de heye nayê guhertin.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="32"/>
        <source>The record %1 has no blank that what you typed would fill.</source>
        <translation>Di tomara %1 de tu cihekî vala tune ku tiştê te nivîsî dagire.</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="36"/>
        <source>These differ from the record and are not taken; if they are right, correct the record by hand:</source>
        <translation>Ev ji tomarê cuda ne û nayên girtin; heke rast bin, tomarê bi destan rast bike:</translation>
    </message>
    <message>
        <location filename="../../ui/typed_details.py" line="39"/>
        <source>%1: typed %2; the record keeps %3</source>
        <translation>%1: hat nivîsîn %2; tomar %3 dihêle</translation>
    </message>
</context>
<context>
    <name>UpdateDoubts</name>
    <message>
        <location filename="../../ui/update_doubts.py" line="42"/>
        <source>These updates are in doubt. Tick each row to update all the same. A row left unticked is not updated, and nothing is imported until you choose again for it.</source>
        <translation>Ev nûkirin bi guman in. Li ber her rêza ku tu dixwazî dîsa jî nû bikî nîşanekê deyne. Rêza bê nîşan nayê nûkirin, û heta ku tu dîsa jê re hilbijêrî tiştek nayê anîn.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="51"/>
        <source>Row %1: update %2 all the same</source>
        <translation>Rêza %1: dîsa jî %2 nû bike</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="65"/>
        <source>Update the ticked rows</source>
        <translation>Rêzên bi nîşan nû bike</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="92"/>
        <source>Row %1 and %2 disagree on: %3.</source>
        <translation>Rêza %1 û %2 li ser van ne wek hev in: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="98"/>
        <source>Perhaps another person of the same names.</source>
        <translation>Dibe ku kesekî din bi heman navan be.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="101"/>
        <source>Row %1: the given name %2 only partly agrees with %3 of %4: perhaps her sister.</source>
        <translation>Rêza %1: navê %2 tenê hinekî li gel %3 ya %4 dike: dibe ku xwişka wê be.</translation>
    </message>
    <message>
        <location filename="../../ui/update_doubts.py" line="106"/>
        <source>Row %1 scores %2 against %3 now: unlikely to be one person.</source>
        <translation>Rêza %1 niha li hember %3 %2 digire: ne gengaz e ku yek kes bin.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/labels.py" line="294"/>
        <source>match</source>
        <translation>lihev</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>partial</source>
        <translation>beşek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>mismatch</source>
        <translation>cuda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>blank</source>
        <translation>vala</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="305"/>
        <source>match</source>
        <comment>of a feminine word</comment>
        <translation>lihev</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="306"/>
        <source>partial</source>
        <comment>of a feminine word</comment>
        <translation>beşek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="307"/>
        <source>mismatch</source>
        <comment>of a feminine word</comment>
        <translation>cuda</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="308"/>
        <source>blank</source>
        <comment>of a feminine word</comment>
        <translation>vala</translation>
    </message>
</context>
<context>
    <name>YearsApart</name>
    <message>
        <location filename="../../ui/error_words.py" line="251"/>
        <source>less than a year</source>
        <translation>ji salekê kêmtir</translation>
    </message>
    <message>
        <location filename="../../ui/error_words.py" line="253"/>
        <source>at most a year</source>
        <translation>herî zêde salek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/error_words.py" line="254"/>
        <source>at most %n years</source>
        <translation>
            <numerusform>herî zêde %n sal</numerusform>
            <numerusform>herî zêde %n sal</numerusform>
        </translation>
    </message>
</context>
</TS>
