<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="it">
<context>
    <name>PayScreen</name>
    <message>
        <location filename="../../ui/pay/screen.py" line="766" />
        <source>Stiamo controllando l'avviso…</source>
        <translation>Checking the notice…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="773" />
        <source>Pagare un avviso pagoPA</source>
        <translation>Pay a pagoPA notice</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="775" />
        <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
        <translation>Hold the QR code printed on the notice up to the reader: we do the rest. Or type the notice code below.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="777" />
        <source>Codice avviso (18 cifre)</source>
        <translation>Notice code (18 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="778" />
        <source>Codice avviso</source>
        <translation>Notice code</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="780" />
        <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
        <translation>18 digits, printed on the notice next to the words Codice avviso</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="781" />
        <source>Ente che ha emesso l'avviso</source>
        <translation>Body that issued the notice</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="782" />
        <source>oppure il suo codice fiscale (11 cifre):</source>
        <translation>or its tax code (11 digits):</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="783" />
        <source>Codice fiscale dell'ente creditore</source>
        <translation>Tax code of the creditor body</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="784" />
        <location filename="../../ui/pay/screen.py" line="785" />
        <source>Controlla l'avviso</source>
        <translation>Check the notice</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="786" />
        <source>Ticket sanitario</source>
        <translation>Health ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="788" />
        <source>Pagare il ticket sanitario di una prenotazione</source>
        <translation>Pay the health ticket of a booking</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="789" />
        <source>Enti</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="795" />
        <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
        <translation>Choose the body that issued the notice, or type its 11-digit tax code.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="800" />
        <location filename="../../ui/pay/screen.py" line="829" />
        <location filename="../../ui/pay/screen.py" line="956" />
        <source>Attenzione</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="804" />
        <source>Pagare il ticket di una prenotazione</source>
        <translation>Pay the ticket of a booking</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="806" />
        <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
        <translation>Type the booking code and the tax code (codice fiscale) of the person booked.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="807" />
        <location filename="../../ui/pay/screen.py" line="808" />
        <source>Codice prenotazione</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="809" />
        <location filename="../../ui/pay/screen.py" line="810" />
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="811" />
        <source>Cerca il ticket</source>
        <translation>Find the ticket</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="812" />
        <source>Cerca il ticket da pagare</source>
        <translation>Find the ticket to pay</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="814" />
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="815" />
        <source>Torna al codice avviso</source>
        <translation>Back to the notice code</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="819" />
        <source>Stiamo cercando la prenotazione…</source>
        <translation>Looking for the booking…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="823" />
        <source>Scriva il codice della prenotazione.</source>
        <translation>Type the booking code.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="826" />
        <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
        <translation>The tax code is incomplete or not correct. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="834" />
        <source>Controlli i dati dell'avviso</source>
        <translation>Check the details of the notice</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="835" />
        <source>Importo da pagare</source>
        <translation>Amount to pay</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="836" />
        <source>Paga con la carta</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="837" />
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="838" />
        <source>Annulla e torna al codice avviso</source>
        <translation>Cancel and go back to the notice code</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="843" />
        <source>Paga</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="849" />
        <location filename="../../ui/pay/screen.py" line="899" />
        <source>Importo: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="850" />
        <source>Da pagare entro il %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="852" />
        <source>Codice avviso: %1</source>
        <translation>Notice code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="854" />
        <source>Paga %1 con la carta</source>
        <translation>Pay %1 by card</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="858" />
        <source>Avviso non trovato</source>
        <translation>Notice not found</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="859" />
        <source>Avviso scaduto</source>
        <translation>Notice expired</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="860" />
        <source>Avviso annullato dall'ente</source>
        <translation>Notice withdrawn by the issuer</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="861" />
        <source>Avviso già pagato</source>
        <translation>Notice already paid</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="862" />
        <source>Pagamento già in corso</source>
        <translation>Payment already in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="863" />
        <source>Dati dell'avviso non corretti</source>
        <translation>Notice details do not match</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="864" />
        <source>L'ente non risponde</source>
        <translation>The issuer is not answering</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="865" />
        <source>Problema temporaneo</source>
        <translation>Temporary problem</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="866" />
        <source>Errore imprevisto</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="867" />
        <location filename="../../ui/pay/screen.py" line="868" />
        <location filename="../../ui/pay/screen.py" line="869" />
        <source>Il servizio non risponde</source>
        <translation>The service is not answering</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="872" />
        <location filename="../../ui/pay/screen.py" line="873" />
        <source>Qualcosa non ha funzionato</source>
        <translation>Something did not work</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="882" />
        <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
        <translation>If the payment had already started, you will not be charged twice.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="884" />
        <source>Messaggio</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="887" />
        <location filename="../../ui/pay/screen.py" line="888" />
        <source>Riprova</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="890" />
        <source>Correggi i dati</source>
        <translation>Correct the details</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="891" />
        <source>Correggi il codice avviso o l'ente</source>
        <translation>Correct the notice code or the issuer</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="892" />
        <source>Torna all'inizio</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="893" />
        <source>Torna alla pagina iniziale</source>
        <translation>Back to the home page</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="900" />
        <source>Terminale di pagamento</source>
        <translation>Card terminal</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="901" />
        <source>Inserisca o avvicini la carta al terminale</source>
        <translation>Insert or tap your card on the terminal</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="903" />
        <location filename="../../ui/pay/screen.py" line="904" />
        <source>Stiamo preparando il terminale…</source>
        <translation>Getting the terminal ready…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="906" />
        <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
        <translation>The terminal is ready. Follow the instructions on the terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="907" />
        <source>Stiamo annullando il pagamento…</source>
        <translation>Cancelling the payment…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="910" />
        <source>Stato del pagamento</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="911" />
        <location filename="../../ui/pay/screen.py" line="912" />
        <source>Annulla il pagamento</source>
        <translation>Cancel the payment</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="920" />
        <source>Non le è stato addebitato nulla.</source>
        <translation>You have not been charged.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="923" />
        <source>Pagamento riuscito</source>
        <translation>Payment successful</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="924" />
        <source>Ha pagato %1 a %2.</source>
        <translation>You paid %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="927" />
        <source>Stiamo preparando la ricevuta…</source>
        <translation>Preparing your receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="930" />
        <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
        <translation>The receipt will be available shortly: the staff can print it.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="933" />
        <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
        <translation>Take your receipt from the printer. Receipt code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="937" />
        <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
        <translation>The printer is not available: the receipt is saved and the staff can print it with the code %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="940" />
        <source>Pagamento non riuscito</source>
        <translation>Payment not successful</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="941" />
        <source>La carta non è stata accettata.</source>
        <translation>The card was not accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="942" />
        <source>Può riprovare con un'altra carta.</source>
        <translation>You can try again with another card.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="944" />
        <source>Pagamento annullato</source>
        <translation>Payment cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="945" />
        <source>Può riprovare quando vuole.</source>
        <translation>You can try again whenever you like.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="947" />
        <source>Tempo scaduto</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="948" />
        <source>Il terminale non ha ricevuto la carta in tempo.</source>
        <translation>The terminal did not receive the card in time.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="949" />
        <source>Può riprovare.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="955" />
        <source>Riuscito</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="959" />
        <source>Stampa un'altra copia</source>
        <translation>Print another copy</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="959" />
        <source>Stampa la ricevuta</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="964" />
        <source>Stampa in corso…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="965" />
        <source>Ricevuta stampata.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="967" />
        <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
        <translation>The printer is not answering. The staff can print the receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="970" />
        <location filename="../../ui/pay/screen.py" line="971" />
        <source>Riprova il pagamento</source>
        <translation>Try the payment again</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="973" />
        <source>Fine</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/pay/screen.py" line="974" />
        <source>Fine, torna alla pagina iniziale</source>
        <translation>Finish, back to the home page</translation>
    </message>
</context>
</TS>