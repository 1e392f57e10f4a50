<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="it">
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="179" />
        <source>Il suo codice fiscale</source>
        <translation>Your tax code (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="181" />
        <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
        <translation>Type your tax code or hold your health card up to the reader</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="182" />
        <source>Codice fiscale</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="184" />
        <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
        <translation>16 characters, letters and digits, as on the health card</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="185" />
        <source>Continua</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="186" />
        <source>Continua con questo codice fiscale</source>
        <translation>Continue with this tax code</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="187" />
        <source>Attenzione</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="188" />
        <source>Corretto</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="229" />
        <source>Attenzione: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="234" />
        <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
        <translation>Code read from the health card. Check that it is yours and tap “Continue”.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="237" />
        <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
        <translation>The tax code is correct. Tap “Continue”.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="241" />
        <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
        <translation>The tax code has 16 characters: letters and digits.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="256" />
        <source>Manca ancora 1 carattere.</source>
        <translation>1 more character to go.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/screens/identify.py" line="257" />
        <source>Mancano ancora %1 caratteri.</source>
        <translation>%1 more characters to go.</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="167" />
        <location filename="../../work/main/ui/idle_dialog.py" line="186" />
        <source>Le serve altro tempo?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="170" />
        <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
        <translation>You have not touched the screen for a while. To protect your data, when the time runs out the station deletes what you entered and goes back to the start.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="172" />
        <location filename="../../work/main/ui/idle_dialog.py" line="173" />
        <source>Sì, mi serve altro tempo</source>
        <translation>Yes, I need more time</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="176" />
        <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
        <translation>Your time is up. To protect your data the station deletes what you entered and goes back to the start. You can start again right away.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="179" />
        <source>secondo rimasto</source>
        <translation>second left</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="179" />
        <source>secondi rimasti</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="182" />
        <source>Manca 1 secondo</source>
        <translation>1 second left</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/idle_dialog.py" line="184" />
        <source>Mancano %1 secondi</source>
        <translation>%1 seconds left</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="109" />
        <source>Cifra %1</source>
        <translation>Digit %1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="110" />
        <source>⌫ Cancella</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="111" />
        <source>Cancella l'ultima cifra</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="112" />
        <source>Svuota</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="113" />
        <source>Cancella tutte le cifre</source>
        <translation>Delete all digits</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="114" />
        <source>✓ Conferma</source>
        <translation>✓ Confirm</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keypad.py" line="115" />
        <source>Conferma</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="159" />
        <source>Cifra %1</source>
        <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
        <translation>Digit %1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="161" />
        <source>Lettera %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="162" />
        <source>⌫ Cancella</source>
        <translation>⌫ Delete</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="163" />
        <source>Cancella l'ultimo carattere</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="164" />
        <source>Svuota</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="165" />
        <source>Cancella tutto il testo</source>
        <translation>Delete all the text</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="167" />
        <source>QWERTY</source>
        <translation>QWERTY</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="169" />
        <source>Mostra le lettere come sulla tastiera del computer</source>
        <translation>Show the letters as on a computer keyboard</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="171" />
        <source>A B C</source>
        <translation>A B C</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="172" />
        <source>Mostra le lettere in ordine alfabetico</source>
        <translation>Show the letters in alphabetical order</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="173" />
        <source>✓ Conferma</source>
        <translation>✓ Confirm</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/widgets/keyboard.py" line="174" />
        <source>Conferma</source>
        <translation>Confirm</translation>
    </message>
</context>
</TS>