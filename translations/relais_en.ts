<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Database not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement may be run at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement takes %1 values, %2 were bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::AuditTrail</name>
    <message>
        <source>Reading the audit trail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit trail failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients takes a whole number from 0 to 1000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 (see relais --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --out FILE: where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup file to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1” (see relais --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1” (see relais --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out goes with the backup command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patients goes with the demo command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relais [COMMAND] [OPTIONS]

Relais, the workstation of the medical assistants and GPs of a general practice.
Without a command, opens the application window.

Commands:
  demo [--patients N]   create, or refresh, a demo practice of invented patients
                        (500 by default); never overwrites a real practice
  backup --out FILE     write an encrypted backup of the vault to FILE
  restore FILE          replace the vault by the backup FILE (the current vault
                        is kept beside it)

Options:
  --vault PATH          the vault to use (default: %1)
  --screenshot FILE     open the window, save a picture of it to FILE, and quit
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 success, 1 failure, 2 wrong arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::Connection</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::DemoPractice</name>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les Tilleuls health centre (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::KeychainKeyStore</name>
    <message>
        <source>The system keychain holds no key for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the vault key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::Migrations</name>
    <message>
        <source>Reading the schema version failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows up to %2). Update Relais on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a migration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the vault to schema %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing a migration failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Relais keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 record has no field named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back the %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the change journal failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::RecoveryCode</name>
    <message>
        <source>“%1” cannot appear in a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code is too long: it has %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has %1 characters; %2 were typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::SqlCipherDriver</name>
    <message>
        <source>Unknown connection options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::TerminalPrompt</name>
    <message>
        <source>Nothing was typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::Vault</name>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Relais vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or is not a Relais vault (its size is not a whole number of pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Relais vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Relais does not overwrite a file to create a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the vault %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot use write-ahead logging here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault state failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the vault state failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a vault setting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting to save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the vault itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: the disk holding %1 is full. The vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1. The vault is unchanged. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Relais backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the backup %1. Use the recovery code of the practice the backup comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged; the vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Relais backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 comes from a newer version of Relais. Update Relais on this workstation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the vault (is the disk full?). The vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current vault could not be set aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place; the vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::VaultAccess</name>
    <message>
        <source>This recovery code belongs to another practice&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was not accepted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Relais backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made with another key. Type the recovery code of the practice it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but its key could not be kept on this workstation (%1). Keep the recovery code at hand to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::VaultKeys</name>
    <message>
        <source>This workstation holds no key for the vault %1 (%2) Type the practice&apos;s recovery code to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was wrong %n times. The vault can still be opened with the practice&apos;s recovery code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Verbs</name>
    <message>
        <source>Passphrase of the vault key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of the vault key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: the vault key will be kept in a file beside the vault, protected by a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked to be a demo practice (%2) Nothing was changed; choose another file with --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a real practice: relais demo never overwrites one. Choose another file with --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the demo practice in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing invented patients: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo practice ready in %1, with %2 invented patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is kept in %1, protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown only now; it opens the vault if this workstation loses its key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2). It opens with this practice&apos;s key or its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 was restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::WrappedKeyFile</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A vault key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the key with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged or is not a Relais key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::Gui</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais cannot open the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::MainWindow</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher, 256-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo practice: invented patients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the vault holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline on this workstation&apos;s vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice details recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relais-backup-%1.relais-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Relais %1&lt;/b&gt;&lt;p&gt;The workstation of the medical assistants and GPs of a general practice. Records are kept encrypted on this workstation and work without a network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::PassphraseDialog</name>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered on this workstation. The vault key will be kept in a file beside the vault, protected by a passphrase that you choose now. It is asked each time Relais starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects the vault key on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is wrong. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the practice&apos;s recovery code: %1 groups of %2 characters, as written down when the vault was created. Dashes and spaces may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery code was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryCodeNotice</name>
    <message>
        <source>Write down the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This code is shown only now.&lt;/b&gt; It is the only way to open the vault if this workstation loses its key, and the way a new workstation joins the practice. Write it down and keep it locked away, apart from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::VaultSummaryModel</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No practice vault on this workstation yet&lt;/h3&gt;&lt;p&gt;Relais keeps the practice&apos;s records in an encrypted vault:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Restore a backup made on another workstation of the practice (its recovery code will be asked), or try Relais on a demo practice of invented patients.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;demo practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
