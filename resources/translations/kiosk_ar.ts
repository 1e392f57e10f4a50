<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="it">
    <context>
        <name>Assist</name>
        <message>
            <location filename="../../kiosk/flows/assist.py" line="96" />
            <source>Nessun errore in questa sessione.</source>
            <translation>لا توجد أخطاء في هذه الجلسة.</translation>
        </message>
    </context>
    <context>
        <name>Assistance</name>
        <message>
            <location filename="../../ui/assistance.py" line="111" />
            <source>Errore imprevisto: %1</source>
            <translation>خطأ غير متوقع: %1</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../../ui/screens/attract.py" line="13" />
            <source>Comune di Pavia</source>
            <translation>بلدية بافيا</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="14" />
            <source>ASST Pavia</source>
            <translation>ASST بافيا</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="15" />
            <source>Comune di Pavia e ASST Pavia</source>
            <translation>بلدية بافيا و ASST بافيا</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="75" />
            <location filename="../../ui/screens/attract.py" line="77" />
            <source>Tocchi lo schermo per iniziare</source>
            <translation>المسوا الشاشة للبدء</translation>
        </message>
        <message>
            <location filename="../../ui/screens/attract.py" line="76" />
            <source>Prenotazioni e pagamenti pagoPA</source>
            <translation>المواعيد ومدفوعات pagoPA</translation>
        </message>
    </context>
    <context>
        <name>BookScreen</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>◀ Indietro</source>
            <translation>◀ رجوع</translation>
        </message>
        <message>
            <location filename="../../ui/book/book_screen.py" line="437" />
            <source>Torna al passo precedente</source>
            <translation>العودة إلى الخطوة السابقة</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../ui/book/book_screen.py" line="346" />
            <location filename="../../kiosk/flows/booking_details.py" line="18" />
            <source>Può disdire o spostare la prenotazione a questa postazione (Le mie prenotazioni) o chiamando lo sportello.</source>
            <translation>يمكنكم إلغاء الموعد أو تغييره من هذه المحطة (مواعيدي) أو بالاتصال بالشباك.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="64" />
            <source>Il numero di cellulare può contenere solo cifre (da 6 a 15), con un + davanti se è straniero. Lo controlli o lasci il campo vuoto.</source>
            <translation>يجب أن يحتوي رقم الهاتف المحمول على أرقام فقط (من 6 إلى 15)، مع علامة + في البداية إذا كان أجنبيًا. يُرجى التحقق منه أو ترك الحقل فارغًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="68" />
            <source>Non ci sono orari liberi per questo servizio nei prossimi due mesi. Scelga un altro ufficio o chiami lo sportello.</source>
            <translation>لا توجد أوقات متاحة لهذه الخدمة خلال الشهرين القادمين. يُرجى اختيار مكتب آخر أو الاتصال بالشباك.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking.py" line="72" />
            <source>Questo orario è appena stato preso da un'altra persona. Ecco gli orari ancora liberi: ne scelga un altro.</source>
            <translation>حجز شخص آخر هذا الوقت للتو. هذه هي الأوقات التي ما زالت متاحة: يُرجى اختيار وقت آخر.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/booking_ops.py" line="263" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>تعذّر إتمام العملية. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
        </message>
    </context>
    <context>
        <name>BookingSummary</name>
        <message>
            <location filename="../../ui/book/pages.py" line="282" />
            <source>Servizio: %1</source>
            <translation>الخدمة: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="284" />
            <source>Quando: %1, alle ore %2</source>
            <translation>الموعد: %1، الساعة %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="286" />
            <source>Dove: %1, %2</source>
            <translation>المكان: %1، %2</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="290" />
            <source>Piano e stanza: %1</source>
            <translation>الطابق والغرفة: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="293" />
            <source>Codice fiscale: %1</source>
            <translation>الرمز الضريبي: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="296" />
            <source>Da pagare: %1</source>
            <translation>المبلغ المستحق: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="299" />
            <source>Non si paga nulla.</source>
            <translation>لا يوجد أي مبلغ للدفع.</translation>
        </message>
    </context>
    <context>
        <name>BusyLabel</name>
        <message>
            <location filename="../../ui/book/parts.py" line="245" />
            <source>Un momento, prego: sto chiedendo al servizio…</source>
            <translation>لحظة من فضلكم: جارٍ الاستعلام من الخدمة…</translation>
        </message>
    </context>
    <context>
        <name>ClosedScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="661" />
            <source>Postazione fuori servizio</source>
            <translation>المحطة خارج الخدمة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="663" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>المحطة خارج الخدمة مؤقتًا. يُرجى التوجه إلى الشباك.</translation>
        </message>
    </context>
    <context>
        <name>CodiceFiscale</name>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="86" />
            <source>Scriva il codice fiscale. Lo trova sulla tessera sanitaria.</source>
            <translation>اكتبوا الرمز الضريبي. تجدونه على البطاقة الصحية.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="92" />
            <source>Il codice fiscale è troppo corto: deve avere 16 caratteri, lettere e numeri. Controlli di averli scritti tutti.</source>
            <translation>الرمز الضريبي قصير جدًا: يجب أن يتكون من 16 حرفًا ورقمًا. تأكدوا من كتابتها كلها.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="99" />
            <source>Il codice fiscale è troppo lungo: deve avere 16 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>الرمز الضريبي طويل جدًا: يجب أن يتكون من 16 خانة. تأكدوا من عدم كتابة خانة زائدة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="106" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ne mancano alcune.</source>
            <translation>الرمز الضريبي للشركة أو الجهة يتكون من 11 رقمًا: بعض الأرقام ناقصة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="112" />
            <source>Il codice fiscale di un'azienda o di un ente ha 11 cifre: ce ne sono troppe.</source>
            <translation>الرمز الضريبي للشركة أو الجهة يتكون من 11 رقمًا: الأرقام زائدة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="118" />
            <source>Il codice fiscale contiene solo lettere e numeri, senza accenti né simboli. Controlli di non aver scritto un simbolo per sbaglio.</source>
            <translation>الرمز الضريبي يحتوي على حروف وأرقام فقط، دون علامات أو رموز. تأكدوا من عدم كتابة رمز بالخطأ.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="125" />
            <source>C'è una lettera al posto di un numero, o un numero al posto di una lettera. Confronti il codice con la tessera sanitaria, un carattere alla volta.</source>
            <translation>يوجد حرف مكان رقم، أو رقم مكان حرف. قارنوا الرمز بالبطاقة الصحية، خانة بخانة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="132" />
            <source>La data di nascita contenuta nel codice fiscale non esiste. Controlli i caratteri dal settimo all'undicesimo: due numeri, una lettera e altri due numeri.</source>
            <translation>تاريخ الميلاد الموجود في الرمز الضريبي غير صحيح. تحققوا من الخانات من السابعة إلى الحادية عشرة: رقمان ثم حرف ثم رقمان.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="139" />
            <source>Il codice fiscale non è corretto: forse un carattere è sbagliato. Lo confronti con la tessera sanitaria, un carattere alla volta, compresa l'ultima lettera.</source>
            <translation>الرمز الضريبي غير صحيح: قد تكون إحدى الخانات خاطئة. قارنوه بالبطاقة الصحية، خانة بخانة، بما في ذلك الحرف الأخير.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="146" />
            <source>Il codice fiscale numerico non è corretto: forse una cifra è sbagliata. Lo confronti con il documento, una cifra alla volta.</source>
            <translation>الرمز الضريبي الرقمي غير صحيح: قد يكون أحد الأرقام خاطئًا. قارنوه بالوثيقة، رقمًا برقم.</translation>
        </message>
        <message>
            <location filename="../../kiosk/codicefiscale.py" line="153" />
            <source>Continui a scrivere: il codice fiscale ha 16 caratteri.</source>
            <translation>تابعوا الكتابة: الرمز الضريبي يتكون من 16 خانة.</translation>
        </message>
    </context>
    <context>
        <name>CrashScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="85" />
            <source>Qualcosa non ha funzionato. Ricominciamo.</source>
            <translation>حدث خطأ ما. لنبدأ من جديد.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="87" />
            <source>Non ha sbagliato nulla. Tocchi il pulsante per tornare all'inizio.</source>
            <translation>لم ترتكبوا أي خطأ. المسوا الزر للعودة إلى البداية.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="88" />
            <source>Ricomincia</source>
            <translation>البدء من جديد</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="89" />
            <source>Ricomincia dall'inizio</source>
            <translation>البدء من جديد من البداية</translation>
        </message>
    </context>
    <context>
        <name>CupBooking</name>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="63" />
            <source>Non troviamo una ricetta con questo numero. Controlli il numero NRE sul promemoria del medico, un carattere alla volta.</source>
            <translation>لا نجد وصفة طبية بهذا الرقم. تحققوا من رقم NRE على ورقة الطبيب، خانة بخانة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="67" />
            <source>Questa ricetta è urgente (priorità U): in Lombardia va prenotata entro 48 ore da quando il medico l'ha fatta, e questo tempo è passato. Chiami lo sportello CUP o torni dal suo medico.</source>
            <translation>هذه الوصفة عاجلة (الأولوية U): في لومبارديا يجب حجزها خلال 48 ساعة من إصدارها من الطبيب، وقد انقضت هذه المدة. اتصلوا بشباك CUP أو راجعوا طبيبكم.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="72" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>انتهت صلاحية هذه الوصفة: فهي صالحة ستة أشهر من تاريخ إصدارها. اطلبوا من طبيبكم وصفة جديدة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="76" />
            <source>Questa ricetta è già stata usata per una prenotazione. Può vederla, spostarla o disdirla da «Le mie prenotazioni».</source>
            <translation>استُخدمت هذه الوصفة من قبل لحجز موعد. يمكنكم عرضه أو تغييره أو إلغاؤه من «مواعيدي».</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="80" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli di aver scritto il codice fiscale della persona che deve fare la visita.</source>
            <translation>هذه الوصفة باسم شخص آخر. تأكدوا من كتابة الرمز الضريبي للشخص الذي سيجري الفحص.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="84" />
            <source>Questa ricetta è per un'altra prestazione. Chiami lo sportello CUP.</source>
            <translation>هذه الوصفة لخدمة أخرى. اتصلوا بشباك CUP.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/cup.py" line="87" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>الرمز الضريبي غير صالح. يُرجى التحقق منه.</translation>
        </message>
    </context>
    <context>
        <name>CupSlotPage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="182" />
            <source>urgente (U): entro 72 ore</source>
            <translation>عاجلة (U): خلال 72 ساعة</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="183" />
            <source>breve (B): entro 10 giorni</source>
            <translation>قريبة (B): خلال 10 أيام</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="184" />
            <source>differibile (D): entro 60 giorni</source>
            <translation>قابلة للتأجيل (D): خلال 60 يومًا</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="185" />
            <source>differibile (D): entro 30 giorni</source>
            <translation>قابلة للتأجيل (D): خلال 30 يومًا</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="186" />
            <source>programmata (P): entro 120 giorni</source>
            <translation>مبرمجة (P): خلال 120 يومًا</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="192" />
            <source>Primi posti liberi</source>
            <translation>أقرب المواعيد المتاحة</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="195" />
            <location filename="../../ui/book/cup_pages.py" line="197" />
            <source>entro %1</source>
            <translation>قبل %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="199" />
            <source>%1 – priorità %2 (%3)</source>
            <translation>%1 – الأولوية %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="202" />
            <source>Secondo le regole della Lombardia, se rifiuta una data entro il tempo massimo di attesa perde il diritto a essere visitato entro quel tempo.</source>
            <translation>وفق قواعد لومبارديا، إذا رفضتم موعدًا ضمن الحد الأقصى لمدة الانتظار، تفقدون الحق في الفحص خلال تلك المدة.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="209" />
            <source>Queste date sono oltre il tempo massimo della sua priorità. Se ne sceglie una rinuncia alla garanzia dei tempi di attesa.</source>
            <translation>هذه المواعيد بعد الحد الأقصى لأولويتكم. إذا اخترتم أحدها تتنازلون عن ضمان مدة الانتظار.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="216" />
            <source>Entro il tempo massimo della sua priorità non ci sono posti liberi. Il primo posto libero è %1: può prenotarlo qui sotto, oppure chiamare lo sportello CUP al %2, che cercherà con lei una data entro i tempi.</source>
            <translation>لا توجد مواعيد متاحة ضمن الحد الأقصى لأولويتكم. أول موعد متاح هو %1: يمكنكم حجزه أدناه، أو الاتصال بشباك CUP على الرقم %2 للبحث معكم عن موعد ضمن المدة.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="223" />
            <source>Torna alle date entro il tempo massimo</source>
            <translation>العودة إلى المواعيد ضمن الحد الأقصى</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="224" />
            <source>Vedere date più lontane</source>
            <translation>عرض مواعيد أبعد</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Pagamento avviso pagoPA</source>
            <translation>دفع إشعار pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Disdetta appuntamento</source>
            <translation>إلغاء موعد</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="40" />
            <source>Prenotazione appuntamento</source>
            <translation>حجز موعد</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/book/done_page.py" line="149" />
            <source>Prenotazione confermata</source>
            <translation>تم تأكيد الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="150" />
            <source>Il suo codice di prenotazione:</source>
            <translation>رمز الحجز الخاص بكم:</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="153" />
            <source>Codice di prenotazione %1</source>
            <translation>رمز الحجز %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="162" />
            <source>Può disdire o spostare fino a %1.</source>
            <translation>يمكنكم الإلغاء أو التغيير حتى %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="167" />
            <source>Per disdire o spostare questa prenotazione chiami lo sportello: %1.</source>
            <translation>لإلغاء هذا الموعد أو تغييره، اتصلوا بالشباك: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="170" />
            <source>Cosa portare</source>
            <translation>ما يجب إحضاره</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="175" />
            <source>Da pagare: %1</source>
            <translation>المبلغ المستحق: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="178" />
            <source>Avviso pagoPA n. %1</source>
            <translation>إشعار pagoPA رقم %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="181" />
            <source>Può pagare prima dell'appuntamento a questa postazione (Paga), in farmacia, in banca o online con l'avviso pagoPA.</source>
            <translation>يمكنكم الدفع قبل الموعد في هذه المحطة (ادفع)، أو في الصيدلية، أو في البنك، أو عبر الإنترنت بإشعار pagoPA.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="185" />
            <source>Non si paga nulla.</source>
            <translation>لا يوجد أي مبلغ للدفع.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora</source>
            <translation>ادفع الآن</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="188" />
            <source>Paga ora con la carta</source>
            <translation>ادفع الآن بالبطاقة</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="189" />
            <source>Pago dopo</source>
            <translation>سأدفع لاحقًا</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="191" />
            <source>Stampa di nuovo</source>
            <translation>اطبع مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="192" />
            <source>Stampa la ricevuta</source>
            <translation>اطبع الإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="193" />
            <source>Fine, torna all'inizio</source>
            <translation>إنهاء، والعودة إلى البداية</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="196" />
            <source>Stampa della ricevuta in corso…</source>
            <translation>جارٍ طبع الإيصال…</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="197" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>تمت طباعة الإيصال: خذوه من الطابعة.</translation>
        </message>
        <message>
            <location filename="../../ui/book/done_page.py" line="199" />
            <source>La ricevuta non è stata stampata. Tocchi «Stampa la ricevuta» per riprovare o si annoti il codice di prenotazione.</source>
            <translation>لم تتم طباعة الإيصال. المسوا «اطبع الإيصال» للمحاولة مرة أخرى أو دوّنوا رمز الحجز.</translation>
        </message>
    </context>
    <context>
        <name>ErrorScreen</name>
        <message>
            <location filename="../../ui/screens/error.py" line="10" />
            <source>Non è stato possibile completare l'operazione. Riprovi tra poco.</source>
            <translation>تعذّر إتمام العملية. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="56" />
            <source>Operazione non riuscita</source>
            <translation>لم تنجح العملية</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="59" />
            <source>Riprova</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="60" />
            <source>Riprova l'operazione</source>
            <translation>إعادة محاولة العملية</translation>
        </message>
        <message>
            <location filename="../../ui/screens/error.py" line="61" />
            <location filename="../../ui/screens/error.py" line="62" />
            <source>Torna all'inizio</source>
            <translation>العودة إلى البداية</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ui/widgets/header.py" line="161" />
            <source>Inizio</source>
            <translation>البداية</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="162" />
            <source>Torna all'inizio</source>
            <translation>العودة إلى البداية</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="163" />
            <source>Indietro</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="164" />
            <source>Torna alla pagina precedente</source>
            <translation>العودة إلى الصفحة السابقة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="165" />
            <source>Lingua</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="166" />
            <source>Cambia lingua</source>
            <translation>تغيير اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="169" />
            <source>Testo</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>normale</source>
            <translation>عادي</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>grande</source>
            <translation>كبير</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="170" />
            <source>molto grande</source>
            <translation>كبير جدًا</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="172" />
            <source>Dimensione del testo: %1</source>
            <translation>حجم النص: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="174" />
            <source>Contrasto</source>
            <translation>التباين</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: attivo</source>
            <translation>التباين العالي: مفعّل</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="176" />
            <source>Contrasto elevato: spento</source>
            <translation>التباين العالي: متوقف</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="178" />
            <source>Voce</source>
            <translation>الصوت</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="180" />
            <source>Lettura ad alta voce: attiva</source>
            <translation>القراءة بصوت عالٍ: مفعّلة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="181" />
            <source>Lettura ad alta voce: spenta</source>
            <translation>القراءة بصوت عالٍ: متوقفة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/header.py" line="182" />
            <location filename="../../ui/widgets/header.py" line="183" />
            <source>Aiuto</source>
            <translation>مساعدة</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <location filename="../../ui/screens/help.py" line="80" />
            <source>Aiuto</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="82" />
            <source>Ha bisogno di una mano? Si rivolga allo sportello qui vicino: il personale la aiuterà volentieri a usare la postazione.</source>
            <translation>هل تحتاجون إلى مساعدة؟ توجهوا إلى الشباك القريب: سيساعدكم الموظفون بكل سرور على استخدام المحطة.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="85" />
            <source>Per scegliere, tocchi una volta un pulsante. Non serve tenere premuto. Con «Indietro» torna alla pagina precedente, con «Inizio» alla prima pagina.</source>
            <translation>للاختيار، المسوا الزر مرة واحدة. لا حاجة للضغط المطوّل. زر «رجوع» يعيدكم إلى الصفحة السابقة، وزر «البداية» إلى الصفحة الأولى.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="88" />
            <source>In alto trova: «Lingua» per cambiare lingua, «Testo» per ingrandire le scritte, «Contrasto» per colori più marcati e «Voce» per ascoltare le scritte.</source>
            <translation>في الأعلى تجدون: «اللغة» لتغيير اللغة، و«النص» لتكبير الكتابة، و«التباين» لألوان أوضح، و«الصوت» للاستماع إلى النصوص.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="91" />
            <source>Quando ha finito, o se non tocca lo schermo per un po', la postazione cancella i suoi dati e torna all'inizio.</source>
            <translation>عند الانتهاء، أو إذا لم تلمسوا الشاشة لبعض الوقت، تحذف المحطة بياناتكم وتعود إلى البداية.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/help.py" line="93" />
            <location filename="../../ui/screens/help.py" line="94" />
            <source>Torna all'inizio</source>
            <translation>العودة إلى البداية</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusLabel</name>
        <message>
            <location filename="../../ui/help_request.py" line="172" />
            <source>Stiamo chiamando un tutor…</source>
            <translation>جارٍ استدعاء مرشد…</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="173" />
            <source>Un tutor sta arrivando. Resti pure qui.</source>
            <translation>المرشد في الطريق إليكم. يُرجى البقاء هنا.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="174" />
            <source>Il tutor ha visto la sua richiesta e sta arrivando.</source>
            <translation>رأى المرشد طلبكم وهو في الطريق.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="176" />
            <source>Non siamo riusciti a chiamare un tutor. Si rivolga allo sportello.</source>
            <translation>تعذّر استدعاء مرشد. يُرجى التوجه إلى الشباك.</translation>
        </message>
        <message>
            <location filename="../../ui/help_request.py" line="180" />
            <source>Richiesta di aiuto</source>
            <translation>طلب مساعدة</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../../ui/screens/home.py" line="91" />
            <source>Buongiorno! Che cosa desidera fare?</source>
            <translation>مرحبًا! ماذا تودون أن تفعلوا؟</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Prenota</source>
            <translation>حجز</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="93" />
            <source>Un appuntamento in Comune o una visita</source>
            <translation>موعد في البلدية أو فحص طبي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Paga</source>
            <translation>دفع</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="95" />
            <source>Un avviso pagoPA o un ticket sanitario</source>
            <translation>إشعار pagoPA أو رسم صحي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Le mie prenotazioni</source>
            <translation>مواعيدي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="97" />
            <source>Vedere, stampare o disdire</source>
            <translation>عرض أو طباعة أو إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Aiuto</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/home.py" line="99" />
            <source>Come usare la postazione</source>
            <translation>طريقة استخدام المحطة</translation>
        </message>
    </context>
    <context>
        <name>IdentifyScreen</name>
        <message>
            <location filename="../../ui/screens/identify.py" line="192" />
            <source>Il suo codice fiscale</source>
            <translation>رمزكم الضريبي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="194" />
            <source>Scriva il suo codice fiscale o avvicini la tessera sanitaria al lettore</source>
            <translation>اكتبوا رمزكم الضريبي أو قرّبوا البطاقة الصحية من القارئ</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="195" />
            <source>Codice fiscale</source>
            <translation>الرمز الضريبي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="197" />
            <source>16 caratteri, lettere e numeri, come sulla tessera sanitaria</source>
            <translation>16 خانة، حروف وأرقام، كما على البطاقة الصحية</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="198" />
            <source>Continua</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="199" />
            <source>Continua con questo codice fiscale</source>
            <translation>المتابعة بهذا الرمز الضريبي</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="200" />
            <source>Attenzione</source>
            <translation>تنبيه</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="201" />
            <source>Corretto</source>
            <translation>صحيح</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="245" />
            <location filename="../../ui/screens/identify.py" line="249" />
            <source>Attenzione: %1</source>
            <translation>تنبيه: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="254" />
            <source>Codice letto dalla tessera sanitaria. Controlli che sia il suo e tocchi «Continua».</source>
            <translation>تمت قراءة الرمز من البطاقة الصحية. تأكدوا أنه رمزكم والمسوا «متابعة».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="257" />
            <source>Il codice fiscale è corretto. Tocchi «Continua».</source>
            <translation>الرمز الضريبي صحيح. المسوا «متابعة».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="261" />
            <source>Il codice fiscale ha 16 caratteri: lettere e numeri.</source>
            <translation>الرمز الضريبي يتكون من 16 خانة: حروف وأرقام.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="276" />
            <source>Manca ancora 1 carattere.</source>
            <translation>بقيت خانة واحدة.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/identify.py" line="277" />
            <source>Mancano ancora %1 caratteri.</source>
            <translation>عدد الخانات المتبقية: %1.</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../../ui/idle_dialog.py" line="163" />
            <location filename="../../ui/idle_dialog.py" line="182" />
            <source>Le serve altro tempo?</source>
            <translation>هل تحتاجون إلى وقت إضافي؟</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="166" />
            <source>Da un po' non tocca lo schermo. Per proteggere i suoi dati, allo scadere del tempo la postazione cancella quello che ha scritto e torna all'inizio.</source>
            <translation>لم تلمسوا الشاشة منذ مدة. لحماية بياناتكم، عند انتهاء الوقت تحذف المحطة ما كتبتموه وتعود إلى البداية.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="168" />
            <location filename="../../ui/idle_dialog.py" line="169" />
            <source>Sì, mi serve altro tempo</source>
            <translation>نعم، أحتاج إلى وقت إضافي</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="172" />
            <source>Il tempo a disposizione è finito. Per proteggere i suoi dati la postazione cancella quello che ha scritto e torna all'inizio. Può ricominciare subito.</source>
            <translation>انتهى الوقت المتاح. لحماية بياناتكم تحذف المحطة ما كتبتموه وتعود إلى البداية. يمكنكم البدء من جديد فورًا.</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondo rimasto</source>
            <translation>ثانية متبقية</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="175" />
            <source>secondi rimasti</source>
            <translation>ثوانٍ متبقية</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="178" />
            <source>Manca 1 secondo</source>
            <translation>بقيت ثانية واحدة</translation>
        </message>
        <message>
            <location filename="../../ui/idle_dialog.py" line="180" />
            <source>Mancano %1 secondi</source>
            <translation>الثواني المتبقية: %1</translation>
        </message>
    </context>
    <context>
        <name>LanguageScreen</name>
        <message>
            <location filename="../../ui/screens/language.py" line="57" />
            <source>Scelga la lingua</source>
            <translation>اختاروا اللغة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="409" />
            <location filename="../../ui/main_window.py" line="421" />
            <source>SMACY – postazione self-service</source>
            <translation>SMACY – محطة الخدمة الذاتية</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../printing/maintenance.py" line="30" />
            <source>Pagina di prova</source>
            <translation>صفحة اختبار</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="31" />
            <source>Se legge queste righe, la stampante delle ricevute funziona.</source>
            <translation>إذا كنتم تقرؤون هذه السطور، فطابعة الإيصالات تعمل.</translation>
        </message>
        <message>
            <location filename="../../printing/maintenance.py" line="33" />
            <source>Questa stampante non ha una coda da riavviare.</source>
            <translation>هذه الطابعة ليس لها طابور لإعادة تشغيله.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Attenzione:</source>
            <translation>تنبيه:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="224" />
            <source>Nota:</source>
            <translation>ملاحظة:</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="227" />
            <source>Telefono dello sportello: %1</source>
            <translation>هاتف الشباك: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/book/parts.py" line="219" />
            <source>Riprova l'operazione</source>
            <translation>إعادة محاولة العملية</translation>
        </message>
    </context>
    <context>
        <name>MyBookings</name>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="53" />
            <source>Il codice di prenotazione è come PV-AB3CD: lo trova sul foglio della prenotazione. Se non lo ha, lasci il campo vuoto.</source>
            <translation>رمز الحجز يشبه PV-AB3CD: تجدونه على ورقة الحجز. إذا لم يكن معكم، اتركوا الحقل فارغًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="57" />
            <source>Non ci sono prenotazioni future con questo codice fiscale.</source>
            <translation>لا توجد مواعيد قادمة بهذا الرمز الضريبي.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="59" />
            <source>Ormai è troppo tardi per disdire o spostare questa prenotazione qui. Chiami lo sportello al numero qui sotto.</source>
            <translation>فات الأوان لإلغاء هذا الموعد أو تغييره هنا. اتصلوا بالشباك على الرقم أدناه.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="63" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>تم إلغاء هذا الموعد من قبل.</translation>
        </message>
        <message>
            <location filename="../../kiosk/flows/my_bookings.py" line="65" />
            <source>Non ci sono altri orari liberi per spostarla. Chiami lo sportello.</source>
            <translation>لا توجد أوقات متاحة أخرى لتغييره. اتصلوا بالشباك.</translation>
        </message>
    </context>
    <context>
        <name>MyBookingsScreen</name>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="340" />
            <source>Può disdire o spostare la prenotazione a questa postazione o chiamando lo sportello.</source>
            <translation>يمكنكم إلغاء الموعد أو تغييره من هذه المحطة أو بالاتصال بالشباك.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="417" />
            <source>annullata</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="423" />
            <source>La prenotazione %1</source>
            <translation>الموعد %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="424" />
            <source>Vuole davvero disdire la prenotazione %1?</source>
            <translation>هل تريدون فعلًا إلغاء الموعد %1؟</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="425" />
            <source>Prenotazione %1 annullata</source>
            <translation>تم إلغاء الموعد %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="426" />
            <source>Spostare la prenotazione %1?</source>
            <translation>تغيير الموعد %1؟</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="427" />
            <source>Prenotazione %1 spostata</source>
            <translation>تم تغيير الموعد %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="432" />
            <source>Nuovo orario: %1</source>
            <translation>الوقت الجديد: %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="434" />
            <source>Il vecchio orario viene liberato solo quando il nuovo è confermato.</source>
            <translation>لا يُحرَّر الوقت القديم إلا بعد تأكيد الوقت الجديد.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="437" />
            <source>L'orario è stato liberato per altre persone.</source>
            <translation>أصبح الوقت متاحًا لأشخاص آخرين.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="440" />
            <source>Può disdirla o spostarla fino a %1.</source>
            <translation>يمكنكم إلغاؤه أو تغييره حتى %1.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="446" />
            <source>Stampa in corso…</source>
            <translation>جارٍ الطبع…</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="447" />
            <source>Ricevuta stampata: la prenda dalla stampante.</source>
            <translation>تمت طباعة الإيصال: خذوه من الطابعة.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="448" />
            <source>La ricevuta non è stata stampata. Riprovi o chieda allo sportello.</source>
            <translation>لم تتم طباعة الإيصال. حاولوا مرة أخرى أو اسألوا في الشباك.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="455" />
            <source>Le mie prenotazioni</source>
            <translation>مواعيدي</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="457" />
            <source>Scriva il suo codice fiscale. Se ha il codice di prenotazione (lo trova sul foglio della prenotazione) lo scriva anche, altrimenti vedrà tutte le sue prenotazioni future.</source>
            <translation>اكتبوا رمزكم الضريبي. إذا كان معكم رمز الحجز (تجدونه على ورقة الحجز) فاكتبوه أيضًا؛ وإلا فستظهر لكم كل مواعيدكم القادمة.</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="460" />
            <source>Codice di prenotazione (facoltativo)</source>
            <translation>رمز الحجز (اختياري)</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="461" />
            <source>Codice di prenotazione</source>
            <translation>رمز الحجز</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="462" />
            <location filename="../../ui/book/my_bookings_screen.py" line="463" />
            <source>Codice fiscale</source>
            <translation>الرمز الضريبي</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="464" />
            <source>Cerca le prenotazioni</source>
            <translation>البحث عن المواعيد</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="465" />
            <source>Le sue prenotazioni: tocchi quella che le interessa</source>
            <translation>مواعيدكم: المسوا الموعد الذي يهمكم</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici</source>
            <translation>إلغاء الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="466" />
            <source>Disdici questa prenotazione</source>
            <translation>إلغاء هذا الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="467" />
            <source>Sposta a un altro orario</source>
            <translation>التغيير إلى وقت آخر</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="468" />
            <source>Sì, disdici</source>
            <translation>نعم، ألغِ</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="469" />
            <source>Sì, disdici la prenotazione</source>
            <translation>نعم، ألغِ الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="470" />
            <source>Sì, sposta</source>
            <translation>نعم، غيّر</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="471" />
            <source>Sì, sposta al nuovo orario</source>
            <translation>نعم، غيّر إلى الوقت الجديد</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="472" />
            <source>Stampa la ricevuta</source>
            <translation>اطبع الإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="473" />
            <source>Fine, torna all'inizio</source>
            <translation>إنهاء، والعودة إلى البداية</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="474" />
            <source>◀ Indietro</source>
            <translation>◀ رجوع</translation>
        </message>
        <message>
            <location filename="../../ui/book/my_bookings_screen.py" line="475" />
            <source>Torna al passo precedente</source>
            <translation>العودة إلى الخطوة السابقة</translation>
        </message>
    </context>
    <context>
        <name>Nre</name>
        <message>
            <location filename="../../kiosk/nre.py" line="60" />
            <source>Scriva il numero della ricetta elettronica (NRE): lo trova in alto sul promemoria che le ha dato il medico.</source>
            <translation>اكتبوا رقم الوصفة الإلكترونية (NRE): تجدونه في أعلى الورقة التي أعطاكم إياها الطبيب.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="67" />
            <source>Il numero della ricetta è troppo corto: deve avere 15 caratteri. Controlli di averli scritti tutti.</source>
            <translation>رقم الوصفة قصير جدًا: يجب أن يتكون من 15 خانة. تأكدوا من كتابتها كلها.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="74" />
            <source>Il numero della ricetta è troppo lungo: deve avere 15 caratteri. Controlli di non aver scritto un carattere in più.</source>
            <translation>رقم الوصفة طويل جدًا: يجب أن يتكون من 15 خانة. تأكدوا من عدم كتابة خانة زائدة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="81" />
            <source>Il numero della ricetta contiene solo lettere e numeri, senza simboli. Lo confronti con il promemoria, un carattere alla volta.</source>
            <translation>رقم الوصفة يحتوي على حروف وأرقام فقط، دون رموز. قارنوه بالورقة، خانة بخانة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="88" />
            <source>Questa ricetta è stata fatta fuori dalla Lombardia e qui non posso prenotarla. Si rivolga allo sportello, per favore.</source>
            <translation>صدرت هذه الوصفة خارج لومبارديا ولا يمكن حجزها هنا. يُرجى التوجه إلى الشباك.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="295" />
            <source>Questa ricetta è urgente (classe U) e andava prenotata entro 48 ore da quando è stata fatta. Ora non posso prenotarla: si rivolga allo sportello o al suo medico.</source>
            <translation>هذه الوصفة عاجلة (الفئة U) وكان يجب حجزها خلال 48 ساعة من إصدارها. لم يعد بالإمكان حجزها هنا: توجهوا إلى الشباك أو إلى طبيبكم.</translation>
        </message>
        <message>
            <location filename="../../kiosk/nre.py" line="302" />
            <source>Questa ricetta è scaduta: vale sei mesi da quando è stata fatta. Chieda al suo medico una ricetta nuova.</source>
            <translation>انتهت صلاحية هذه الوصفة: فهي صالحة ستة أشهر من تاريخ إصدارها. اطلبوا من طبيبكم وصفة جديدة.</translation>
        </message>
    </context>
    <context>
        <name>NrePage</name>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="96" />
            <source>Il numero della ricetta</source>
            <translation>رقم الوصفة</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="98" />
            <source>Scriva il numero della ricetta elettronica (NRE, 15 caratteri: lo trova in alto sul promemoria del medico) oppure avvicini il codice a barre al lettore.</source>
            <translation>اكتبوا رقم الوصفة الإلكترونية (NRE، 15 خانة: في أعلى ورقة الطبيب) أو قرّبوا الرمز الشريطي من القارئ.</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="100" />
            <source>Numero della ricetta elettronica</source>
            <translation>رقم الوصفة الإلكترونية</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="101" />
            <source>Continua</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="102" />
            <source>Continua con questo numero di ricetta</source>
            <translation>المتابعة برقم الوصفة هذا</translation>
        </message>
        <message>
            <location filename="../../ui/book/cup_pages.py" line="105" />
            <source>Attenzione: %1</source>
            <translation>تنبيه: %1</translation>
        </message>
    </context>
    <context>
        <name>NumericKeypad</name>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="126" />
            <source>Cifra %1</source>
            <translation>الرقم %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="127" />
            <source>⌫ Cancella</source>
            <translation>⌫ حذف</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="128" />
            <source>Cancella l'ultima cifra</source>
            <translation>حذف آخر رقم</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="129" />
            <source>Svuota</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="130" />
            <source>Cancella tutte le cifre</source>
            <translation>حذف كل الأرقام</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="131" />
            <source>✓ Conferma</source>
            <translation>✓ تأكيد</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keypad.py" line="132" />
            <source>Conferma</source>
            <translation>تأكيد</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="169" />
            <source>In quale ufficio preferisce andare?</source>
            <translation>إلى أي مكتب تفضلون الذهاب؟</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="177" />
            <source>Cifra %1</source>
            <extracomment>Letter rows of each layout, and how far each row is indented (in key widths).</extracomment>
            <translation>الرقم %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="179" />
            <source>Lettera %1</source>
            <translation>الحرف %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="180" />
            <source>⌫ Cancella</source>
            <translation>⌫ حذف</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="181" />
            <source>Cancella l'ultimo carattere</source>
            <translation>حذف آخر خانة</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="182" />
            <source>Svuota</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="183" />
            <source>Cancella tutto il testo</source>
            <translation>حذف النص كله</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="185" />
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="187" />
            <source>Mostra le lettere come sulla tastiera del computer</source>
            <translation>عرض الحروف كما في لوحة مفاتيح الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="189" />
            <source>A B C</source>
            <translation>A B C</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="190" />
            <source>Mostra le lettere in ordine alfabetico</source>
            <translation>عرض الحروف بالترتيب الأبجدي</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="191" />
            <source>✓ Conferma</source>
            <translation>✓ تأكيد</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/keyboard.py" line="192" />
            <source>Conferma</source>
            <translation>تأكيد</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceScreen</name>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="29" />
            <source>Postazione momentaneamente non disponibile</source>
            <translation>المحطة غير متاحة حاليًا</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="31" />
            <source>Non riusciamo a collegarci ai servizi del Comune e dell'ASST. La postazione riprova da sola e tornerà disponibile appena possibile.</source>
            <translation>لا نستطيع الاتصال بخدمات البلدية و ASST. تعيد المحطة المحاولة تلقائيًا وستعود متاحة في أقرب وقت.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/out_of_service.py" line="34" />
            <source>Se ha bisogno subito, si rivolga allo sportello: il personale la aiuterà.</source>
            <translation>إذا كنتم بحاجة إلى المساعدة فورًا، توجهوا إلى الشباك: سيساعدكم الموظفون.</translation>
        </message>
    </context>
    <context>
        <name>PagoPA</name>
        <message>
            <location filename="../../kiosk/pagopa.py" line="85" />
            <source>Scriva il codice avviso: sono 18 cifre, le trova sull'avviso di pagamento accanto alla scritta «Codice avviso».</source>
            <translation>اكتبوا رمز الإشعار: يتكون من 18 رقمًا وتجدونه على إشعار الدفع بجانب عبارة «Codice avviso».</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="92" />
            <source>Il codice avviso contiene solo numeri. Controlli di non aver scritto lettere o simboli.</source>
            <translation>رمز الإشعار يحتوي على أرقام فقط. تأكدوا من عدم كتابة حروف أو رموز.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="99" />
            <source>Il codice avviso è troppo corto: deve avere 18 cifre. Controlli di averle scritte tutte.</source>
            <translation>رمز الإشعار قصير جدًا: يجب أن يتكون من 18 رقمًا. تأكدوا من كتابتها كلها.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="106" />
            <source>Il codice avviso è troppo lungo: deve avere 18 cifre. Controlli di non aver scritto una cifra in più.</source>
            <translation>رمز الإشعار طويل جدًا: يجب أن يتكون من 18 رقمًا. تأكدوا من عدم كتابة رقم زائد.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="113" />
            <source>Questo non sembra un codice avviso pagoPA: di solito inizia con 3. Controlli di aver copiato il numero accanto alla scritta «Codice avviso».</source>
            <translation>لا يبدو هذا رمز إشعار pagoPA: يبدأ عادةً بالرقم 3. تأكدوا من نسخ الرقم الموجود بجانب عبارة «Codice avviso».</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="120" />
            <source>Il codice letto non contiene un codice avviso valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>الرمز المقروء لا يحتوي على رمز إشعار صالح. حاولوا مرة أخرى أو اكتبوا رمز الإشعار يدويًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="127" />
            <source>Questo codice non è il QR code di un avviso pagoPA. Inquadri il QR code stampato sull'avviso, oppure scriva il codice avviso.</source>
            <translation>هذا ليس رمز QR لإشعار pagoPA. قرّبوا رمز QR المطبوع على الإشعار، أو اكتبوا رمز الإشعار.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="134" />
            <source>Questo QR code pagoPA è di un tipo che non posso leggere. Scriva il codice avviso a mano, per favore.</source>
            <translation>لا يمكن قراءة هذا النوع من رموز QR الخاصة بـ pagoPA. يُرجى كتابة رمز الإشعار يدويًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="141" />
            <source>Ho letto solo una parte del codice. Avvicini di nuovo l'avviso al lettore, tenendolo fermo, oppure scriva il codice avviso.</source>
            <translation>قُرئ جزء من الرمز فقط. قرّبوا الإشعار من القارئ مرة أخرى مع تثبيته، أو اكتبوا رمز الإشعار.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="148" />
            <source>Il codice letto non contiene un codice fiscale dell'ente valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>الرمز المقروء لا يحتوي على رمز ضريبي صالح للجهة. حاولوا مرة أخرى أو اكتبوا رمز الإشعار يدويًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/pagopa.py" line="155" />
            <source>Il codice letto non contiene un importo valido. Riprovi, oppure scriva il codice avviso a mano.</source>
            <translation>الرمز المقروء لا يحتوي على مبلغ صالح. حاولوا مرة أخرى أو اكتبوا رمز الإشعار يدويًا.</translation>
        </message>
    </context>
    <context>
        <name>PayScreen</name>
        <message>
            <location filename="../../ui/pay/screen.py" line="789" />
            <source>Stiamo controllando l'avviso…</source>
            <translation>جارٍ التحقق من الإشعار…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="796" />
            <source>Pagare un avviso pagoPA</source>
            <translation>دفع إشعار pagoPA</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="798" />
            <source>Avvicini al lettore il QR code stampato sull'avviso: il resto lo facciamo noi. Oppure scriva qui sotto il codice avviso.</source>
            <translation>قرّبوا من القارئ رمز QR المطبوع على الإشعار: ونحن نتولى الباقي. أو اكتبوا رمز الإشعار أدناه.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="800" />
            <source>Codice avviso (18 cifre)</source>
            <translation>رمز الإشعار (18 رقمًا)</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="801" />
            <source>Codice avviso</source>
            <translation>رمز الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="803" />
            <source>18 cifre, le trova sull'avviso accanto alla scritta Codice avviso</source>
            <translation>18 رقمًا، على الإشعار بجانب عبارة Codice avviso</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="804" />
            <source>Ente che ha emesso l'avviso</source>
            <translation>الجهة التي أصدرت الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="805" />
            <source>oppure il suo codice fiscale (11 cifre):</source>
            <translation>أو رمزها الضريبي (11 رقمًا):</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="806" />
            <source>Codice fiscale dell'ente creditore</source>
            <translation>الرمز الضريبي للجهة الدائنة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="807" />
            <location filename="../../ui/pay/screen.py" line="808" />
            <source>Controlla l'avviso</source>
            <translation>التحقق من الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="809" />
            <source>Ticket sanitario</source>
            <translation>الرسم الصحي</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="811" />
            <source>Pagare il ticket sanitario di una prenotazione</source>
            <translation>دفع الرسم الصحي لموعد</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="812" />
            <source>Enti</source>
            <translation>الجهات</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="818" />
            <source>Scelga l'ente che ha emesso l'avviso, oppure scriva il suo codice fiscale di 11 cifre.</source>
            <translation>اختاروا الجهة التي أصدرت الإشعار، أو اكتبوا رمزها الضريبي المكوّن من 11 رقمًا.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="823" />
            <location filename="../../ui/pay/screen.py" line="852" />
            <location filename="../../ui/pay/screen.py" line="979" />
            <source>Attenzione</source>
            <translation>تنبيه</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="827" />
            <source>Pagare il ticket di una prenotazione</source>
            <translation>دفع رسم موعد</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="829" />
            <source>Scriva il codice della prenotazione e il codice fiscale della persona prenotata.</source>
            <translation>اكتبوا رمز الحجز والرمز الضريبي للشخص صاحب الموعد.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="830" />
            <location filename="../../ui/pay/screen.py" line="831" />
            <source>Codice prenotazione</source>
            <translation>رمز الحجز</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="832" />
            <location filename="../../ui/pay/screen.py" line="833" />
            <source>Codice fiscale</source>
            <translation>الرمز الضريبي</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="834" />
            <source>Cerca il ticket</source>
            <translation>البحث عن الرسم</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="835" />
            <source>Cerca il ticket da pagare</source>
            <translation>البحث عن الرسم المستحق</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="837" />
            <source>Indietro</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="838" />
            <source>Torna al codice avviso</source>
            <translation>العودة إلى رمز الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="842" />
            <source>Stiamo cercando la prenotazione…</source>
            <translation>جارٍ البحث عن الموعد…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="846" />
            <source>Scriva il codice della prenotazione.</source>
            <translation>اكتبوا رمز الحجز.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="849" />
            <source>Il codice fiscale non è completo o non è corretto. Lo controlli, per favore.</source>
            <translation>الرمز الضريبي غير مكتمل أو غير صحيح. يُرجى التحقق منه.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="857" />
            <source>Controlli i dati dell'avviso</source>
            <translation>تحققوا من بيانات الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="858" />
            <source>Importo da pagare</source>
            <translation>المبلغ المستحق</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="859" />
            <source>Paga con la carta</source>
            <translation>الدفع بالبطاقة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="860" />
            <source>Annulla</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="861" />
            <source>Annulla e torna al codice avviso</source>
            <translation>إلغاء والعودة إلى رمز الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="866" />
            <source>Paga</source>
            <translation>دفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="872" />
            <location filename="../../ui/pay/screen.py" line="922" />
            <source>Importo: %1</source>
            <translation>المبلغ: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="873" />
            <source>Da pagare entro il %1</source>
            <translation>يُدفع قبل %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="875" />
            <source>Codice avviso: %1</source>
            <translation>رمز الإشعار: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="877" />
            <source>Paga %1 con la carta</source>
            <translation>دفع %1 بالبطاقة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="881" />
            <source>Avviso non trovato</source>
            <translation>الإشعار غير موجود</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="882" />
            <source>Avviso scaduto</source>
            <translation>الإشعار منتهي الصلاحية</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="883" />
            <source>Avviso annullato dall'ente</source>
            <translation>ألغت الجهة الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="884" />
            <source>Avviso già pagato</source>
            <translation>الإشعار مدفوع من قبل</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="885" />
            <source>Pagamento già in corso</source>
            <translation>الدفع جارٍ بالفعل</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="886" />
            <source>Dati dell'avviso non corretti</source>
            <translation>بيانات الإشعار غير صحيحة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="887" />
            <source>L'ente non risponde</source>
            <translation>الجهة لا تستجيب</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="888" />
            <source>Problema temporaneo</source>
            <translation>مشكلة مؤقتة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="889" />
            <source>Errore imprevisto</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="890" />
            <location filename="../../ui/pay/screen.py" line="891" />
            <location filename="../../ui/pay/screen.py" line="892" />
            <source>Il servizio non risponde</source>
            <translation>الخدمة لا تستجيب</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="895" />
            <location filename="../../ui/pay/screen.py" line="896" />
            <source>Qualcosa non ha funzionato</source>
            <translation>حدث خطأ ما</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="905" />
            <source>Se il pagamento fosse già partito, non le verrà addebitato due volte.</source>
            <translation>إذا كان الدفع قد بدأ بالفعل، فلن يُخصم المبلغ منكم مرتين.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="907" />
            <source>Messaggio</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="910" />
            <location filename="../../ui/pay/screen.py" line="911" />
            <source>Riprova</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="913" />
            <source>Correggi i dati</source>
            <translation>تصحيح البيانات</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="914" />
            <source>Correggi il codice avviso o l'ente</source>
            <translation>تصحيح رمز الإشعار أو الجهة</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="915" />
            <source>Torna all'inizio</source>
            <translation>العودة إلى البداية</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="916" />
            <source>Torna alla pagina iniziale</source>
            <translation>العودة إلى الصفحة الأولى</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="923" />
            <source>Terminale di pagamento</source>
            <translation>جهاز الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="924" />
            <source>Inserisca o avvicini la carta al terminale</source>
            <translation>أدخلوا البطاقة أو قرّبوها من الجهاز</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="926" />
            <location filename="../../ui/pay/screen.py" line="927" />
            <source>Stiamo preparando il terminale…</source>
            <translation>جارٍ تجهيز الجهاز…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="929" />
            <source>Il terminale è pronto. Segua le istruzioni sul terminale.</source>
            <translation>الجهاز جاهز. اتبعوا التعليمات على الجهاز.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="930" />
            <source>Stiamo annullando il pagamento…</source>
            <translation>جارٍ إلغاء الدفع…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="933" />
            <source>Stato del pagamento</source>
            <translation>حالة الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="934" />
            <location filename="../../ui/pay/screen.py" line="935" />
            <source>Annulla il pagamento</source>
            <translation>إلغاء الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="943" />
            <source>Non le è stato addebitato nulla.</source>
            <translation>لم يُخصم منكم أي مبلغ.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="946" />
            <source>Pagamento riuscito</source>
            <translation>تم الدفع بنجاح</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="947" />
            <source>Ha pagato %1 a %2.</source>
            <translation>دفعتم %1 إلى %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="950" />
            <source>Stiamo preparando la ricevuta…</source>
            <translation>جارٍ تجهيز الإيصال…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="953" />
            <source>La ricevuta sarà disponibile tra poco: il personale può stamparla.</source>
            <translation>سيكون الإيصال متاحًا بعد قليل: يمكن للموظفين طباعته.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="956" />
            <source>Ritiri la ricevuta dalla stampante. Codice ricevuta: %1</source>
            <translation>خذوا الإيصال من الطابعة. رمز الإيصال: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="960" />
            <source>La stampante non è disponibile: la ricevuta è salvata e il personale può stamparla con il codice %1.</source>
            <translation>الطابعة غير متاحة: الإيصال محفوظ ويمكن للموظفين طباعته بالرمز %1.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="963" />
            <source>Pagamento non riuscito</source>
            <translation>لم ينجح الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="964" />
            <source>La carta non è stata accettata.</source>
            <translation>لم تُقبل البطاقة.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="965" />
            <source>Può riprovare con un'altra carta.</source>
            <translation>يمكنكم المحاولة مرة أخرى ببطاقة أخرى.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="967" />
            <source>Pagamento annullato</source>
            <translation>تم إلغاء الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="968" />
            <source>Può riprovare quando vuole.</source>
            <translation>يمكنكم المحاولة مرة أخرى متى شئتم.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="970" />
            <source>Tempo scaduto</source>
            <translation>انتهى الوقت</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="971" />
            <source>Il terminale non ha ricevuto la carta in tempo.</source>
            <translation>لم يتلقَّ الجهاز البطاقة في الوقت المحدد.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="972" />
            <source>Può riprovare.</source>
            <translation>يمكنكم المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="978" />
            <source>Riuscito</source>
            <translation>تم بنجاح</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa un'altra copia</source>
            <translation>طباعة نسخة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="982" />
            <source>Stampa la ricevuta</source>
            <translation>اطبع الإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="987" />
            <source>Stampa in corso…</source>
            <translation>جارٍ الطبع…</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="988" />
            <source>Ricevuta stampata.</source>
            <translation>تمت طباعة الإيصال.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="990" />
            <source>La stampante non risponde. Il personale può stampare la ricevuta.</source>
            <translation>الطابعة لا تستجيب. يمكن للموظفين طباعة الإيصال.</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1003" />
            <location filename="../../ui/pay/screen.py" line="1004" />
            <source>Riprova il pagamento</source>
            <translation>إعادة محاولة الدفع</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1006" />
            <source>Fine</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/pay/screen.py" line="1007" />
            <source>Fine, torna alla pagina iniziale</source>
            <translation>إنهاء، والعودة إلى الصفحة الأولى</translation>
        </message>
    </context>
    <context>
        <name>PinOverlay</name>
        <message>
            <location filename="../../ui/screens/pin.py" line="196" />
            <source>Accesso tutor e personale</source>
            <translation>دخول المرشدين والموظفين</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="197" />
            <source>Digiti il PIN personale e tocchi «Conferma».</source>
            <translation>أدخلوا الرمز السري الشخصي والمسوا «تأكيد».</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="198" />
            <source>Tastierino del PIN</source>
            <translation>لوحة أرقام الرمز السري</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="201" />
            <source>Tasto del PIN</source>
            <translation>مفتاح الرمز السري</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="202" />
            <source>⌫</source>
            <translation>⌫</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="203" />
            <source>Cancella l'ultima cifra</source>
            <translation>حذف آخر رقم</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="204" />
            <source>Annulla</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="205" />
            <source>Annulla e chiudi il tastierino</source>
            <translation>إلغاء وإغلاق لوحة الأرقام</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="206" />
            <source>✓ Conferma</source>
            <translation>✓ تأكيد</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="207" />
            <source>Conferma il PIN</source>
            <translation>تأكيد الرمز السري</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="224" />
            <source>PIN: nessuna cifra inserita</source>
            <translation>الرمز السري: لم يُدخل أي رقم</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/pin.py" line="226" />
            <source>PIN: %n cifre inserite</source>
            <translation>
                <numerusform>الرمز السري: لم يُدخل أي رقم (%n)</numerusform>
                <numerusform>الرمز السري: أُدخل رقم واحد (%n)</numerusform>
                <numerusform>الرمز السري: أُدخل رقمان (%n)</numerusform>
                <numerusform>الرمز السري: أُدخلت %n أرقام</numerusform>
                <numerusform>الرمز السري: أُدخل %n رقمًا</numerusform>
                <numerusform>الرمز السري: أُدخل %n رقم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="246" />
            <source>PIN non corretto. Tentativi rimasti prima del blocco: %1.</source>
            <translation>الرمز السري غير صحيح. المحاولات المتبقية قبل القفل: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="249" />
            <source>Troppi PIN errati: il tastierino è bloccato. Riprovi tra %1.</source>
            <translation>رموز سرية خاطئة كثيرة: لوحة الأرقام مقفلة. حاولوا مرة أخرى بعد %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="252" />
            <source>Verifica in corso…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/pin.py" line="254" />
            <source>Non è stato possibile verificare il PIN. Riprovi.</source>
            <translation>تعذّر التحقق من الرمز السري. حاولوا مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../printing/backends/base.py" line="107" />
            <source>La stampante è pronta.</source>
            <translation>الطابعة جاهزة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="108" />
            <source>La stampante è ferma.</source>
            <translation>الطابعة متوقفة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="109" />
            <source>La stampante non accetta stampe.</source>
            <translation>الطابعة لا تقبل مهام الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="110" />
            <source>La stampante è in pausa.</source>
            <translation>الطابعة في وضع الإيقاف المؤقت.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="111" />
            <source>La stampante non è configurata.</source>
            <translation>الطابعة غير مُعدّة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="112" />
            <source>Il servizio di stampa non risponde.</source>
            <translation>خدمة الطباعة لا تستجيب.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="113" />
            <source>La carta è finita.</source>
            <translation>نفد الورق.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="114" />
            <source>La carta è inceppata.</source>
            <translation>الورق عالق.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="115" />
            <source>Lo sportello della stampante è aperto.</source>
            <translation>غطاء الطابعة مفتوح.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="116" />
            <source>La stampante è spenta o scollegata.</source>
            <translation>الطابعة مطفأة أو غير موصولة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="117" />
            <source>Stampa completata.</source>
            <translation>اكتملت الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="119" />
            <source>La stampante si è fermata: la stampa è stata annullata.</source>
            <translation>توقفت الطابعة: أُلغيت الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="121" />
            <source>La stampa non è riuscita.</source>
            <translation>لم تنجح الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="122" />
            <source>La stampa è stata annullata.</source>
            <translation>أُلغيت الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="124" />
            <source>La stampante non ha risposto in tempo: stampa annullata.</source>
            <translation>لم تستجب الطابعة في الوقت المحدد: أُلغيت الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="126" />
            <source>La stampa non è stata accettata.</source>
            <translation>لم تُقبل مهمة الطباعة.</translation>
        </message>
        <message>
            <location filename="../../printing/backends/base.py" line="127" />
            <source>Il documento da stampare non esiste.</source>
            <translation>المستند المطلوب طباعته غير موجود.</translation>
        </message>
    </context>
    <context>
        <name>PrinterNotice</name>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Attenzione: la stampante non è disponibile. Può continuare: la ricevuta comparirà sullo schermo e potrà farla stampare allo sportello.</source>
            <translation>تنبيه: الطابعة غير متاحة. يمكنكم المتابعة: سيظهر الإيصال على الشاشة ويمكنكم طباعته في الشباك.</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/labels.py" line="33" />
            <source>Ricevuta di pagamento</source>
            <translation>إيصال دفع</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="34" />
            <source>Attestazione di pagamento pagoPA</source>
            <translation>شهادة دفع pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="35" />
            <source>Conferma di prenotazione</source>
            <translation>تأكيد الموعد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="36" />
            <source>Disdetta della prenotazione</source>
            <translation>إلغاء الموعد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="37" />
            <source>Riepilogo giornaliero</source>
            <translation>ملخص يومي</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="40" />
            <source>Data e ora</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="41" />
            <source>Ente creditore</source>
            <translation>الجهة الدائنة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="42" />
            <source>Codice fiscale ente</source>
            <translation>الرمز الضريبي للجهة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="43" />
            <source>Causale</source>
            <translation>سبب الدفع</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="44" />
            <source>Codice avviso</source>
            <translation>رمز الإشعار</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="45" />
            <source>IUV (codice identificativo del versamento)</source>
            <translation>IUV (المعرّف الفريد للدفعة)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="46" />
            <source>Importo</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="47" />
            <source>Commissione</source>
            <translation>العمولة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="48" />
            <source>Totale pagato</source>
            <translation>إجمالي المدفوع</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="49" />
            <source>Prestatore del servizio di pagamento</source>
            <translation>مقدّم خدمة الدفع</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="50" />
            <source>Codice fiscale prestatore</source>
            <translation>الرمز الضريبي لمقدّم الخدمة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="51" />
            <source>Numero univoco del pagamento</source>
            <translation>الرقم الفريد للدفع</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="52" />
            <source>IUR (identificativo della riscossione)</source>
            <translation>IUR (معرّف التحصيل)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="54" />
            <source>Conservi questa ricevuta: attesta il pagamento effettuato.</source>
            <translation>احتفظوا بهذا الإيصال: فهو يثبت الدفع.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="58" />
            <source>Codice prenotazione</source>
            <translation>رمز الحجز</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="59" />
            <source>Paziente (codice fiscale)</source>
            <translation>المريض (الرمز الضريبي)</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="60" />
            <source>Prestazione</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="61" />
            <source>Quando</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="62" />
            <source>dalle %1 alle %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="63" />
            <source>Dove</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="64" />
            <source>Cosa portare</source>
            <translation>ما يجب إحضاره</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="65" />
            <source>Ticket da pagare</source>
            <translation>الرسم المستحق</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="66" />
            <source>Nessun ticket da pagare</source>
            <translation>لا يوجد رسم مستحق</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="67" />
            <source>Paghi il ticket con l'avviso pagoPA</source>
            <translation>ادفعوا الرسم بإشعار pagoPA</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="68" />
            <source>Per disdire</source>
            <translation>للإلغاء</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="69" />
            <source>Disdica entro: %1</source>
            <translation>ألغوا قبل: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="71" />
            <source>Inquadri il codice con il telefono per salvare l'appuntamento</source>
            <translation>امسحوا الرمز بالهاتف لحفظ الموعد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="73" />
            <source>Appuntamento disdetto</source>
            <translation>تم إلغاء الموعد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="74" />
            <source>Disdetta registrata il</source>
            <translation>سُجّل الإلغاء في</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="76" />
            <source>La prenotazione è stata disdetta. Non deve presentarsi.</source>
            <translation>تم إلغاء الموعد. لا داعي للحضور.</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="80" />
            <source>Giorno</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="81" />
            <source>Servizi completati</source>
            <translation>الخدمات المكتملة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="82" />
            <source>Nessun servizio completato</source>
            <translation>لا توجد خدمات مكتملة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="83" />
            <source>Incassi per ente</source>
            <translation>المبالغ المحصّلة حسب الجهة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="84" />
            <source>Nessun pagamento</source>
            <translation>لا توجد مدفوعات</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="85" />
            <source>Pagamenti: %1</source>
            <translation>المدفوعات: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="86" />
            <source>di cui commissioni: %1</source>
            <translation>منها عمولات: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="87" />
            <source>Totale incassato</source>
            <translation>إجمالي المحصّل</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="88" />
            <source>Sessioni</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="89" />
            <source>Con assistenza di un tutor</source>
            <translation>بمساعدة مرشد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="90" />
            <source>Stampe non riuscite</source>
            <translation>طباعات لم تنجح</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="91" />
            <source>Percorsi abbandonati</source>
            <translation>عمليات متروكة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="94" />
            <source>Postazione</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="95" />
            <source>Emessa il</source>
            <translation>صدر في</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="96" />
            <source>Assistito da un tutor: %1</source>
            <translation>بمساعدة مرشد: %1</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="97" />
            <source>Codice ricevuta</source>
            <translation>رمز الإيصال</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="99" />
            <source>Mostri questo codice allo sportello per ritrovare la ricevuta</source>
            <translation>اعرضوا هذا الرمز في الشباك للعثور على الإيصال</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="101" />
            <source>Pagina %1 di %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="102" />
            <source>%1, ore %2</source>
            <translation>%1، الساعة %2</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="105" />
            <source>lunedì</source>
            <translation>الاثنين</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="106" />
            <source>martedì</source>
            <translation>الثلاثاء</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="107" />
            <source>mercoledì</source>
            <translation>الأربعاء</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="108" />
            <source>giovedì</source>
            <translation>الخميس</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="109" />
            <source>venerdì</source>
            <translation>الجمعة</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="110" />
            <source>sabato</source>
            <translation>السبت</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="111" />
            <source>domenica</source>
            <translation>الأحد</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="114" />
            <source>gennaio</source>
            <translation>يناير</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="115" />
            <source>febbraio</source>
            <translation>فبراير</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="116" />
            <source>marzo</source>
            <translation>مارس</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="117" />
            <source>aprile</source>
            <translation>أبريل</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="118" />
            <source>maggio</source>
            <translation>مايو</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="119" />
            <source>giugno</source>
            <translation>يونيو</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="120" />
            <source>luglio</source>
            <translation>يوليو</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="121" />
            <source>agosto</source>
            <translation>أغسطس</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="122" />
            <source>settembre</source>
            <translation>سبتمبر</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="123" />
            <source>ottobre</source>
            <translation>أكتوبر</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="124" />
            <source>novembre</source>
            <translation>نوفمبر</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="125" />
            <source>dicembre</source>
            <translation>ديسمبر</translation>
        </message>
    </context>
    <context>
        <name>ReceiptFallback</name>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="103" />
            <source>La ricevuta non è stata stampata, ma è conservata.</source>
            <translation>لم تتم طباعة الإيصال، لكنه محفوظ.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="106" />
            <source>Fotografi il codice QR con il telefono, oppure mostri questo codice allo sportello: il personale le stampa la ricevuta.</source>
            <translation>صوّروا رمز QR بالهاتف، أو اعرضوا هذا الرمز في الشباك: سيطبع لكم الموظفون الإيصال.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="108" />
            <source>Codice QR della ricevuta</source>
            <translation>رمز QR للإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_fallback.py" line="110" />
            <source>Codice ricevuta: %1</source>
            <translation>رمز الإيصال: %1</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/scan_router.py" line="49" />
            <source>Questo codice non si può usare in questa schermata.</source>
            <translation>لا يمكن استخدام هذا الرمز في هذه الشاشة.</translation>
        </message>
    </context>
    <context>
        <name>Scanner</name>
        <message>
            <location filename="../../kiosk/scanner.py" line="229" />
            <source>Questo codice non è tra quelli che posso leggere qui.</source>
            <translation>لا يمكن قراءة هذا الرمز هنا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="232" />
            <source>Non sono riuscito a leggere bene il codice fiscale. Passi di nuovo la tessera sanitaria davanti al lettore, oppure scriva il codice a mano.</source>
            <translation>تعذّرت قراءة الرمز الضريبي جيدًا. مرّروا البطاقة الصحية أمام القارئ مرة أخرى، أو اكتبوا الرمز يدويًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/scanner.py" line="239" />
            <source>Il tesserino non è stato letto bene. Lo passi di nuovo davanti al lettore.</source>
            <translation>لم تُقرأ الشارة جيدًا. مرّروها أمام القارئ مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>ScrollColumn</name>
        <message>
            <location filename="../../ui/widgets/scroll.py" line="66" />
            <source>Scorrere per vedere il resto della pagina</source>
            <translation>مرّروا لرؤية بقية الصفحة</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <location filename="../../kiosk/services/errors.py" line="20" />
            <source>Non troviamo questo avviso. Controlli il numero e l'ente creditore.</source>
            <translation>لا نجد هذا الإشعار. تحققوا من الرقم ومن الجهة الدائنة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="23" />
            <source>Questo avviso è scaduto e non si può più pagare qui. Si rivolga all'ente che lo ha emesso.</source>
            <translation>انتهت صلاحية هذا الإشعار ولم يعد بالإمكان دفعه هنا. توجهوا إلى الجهة التي أصدرته.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="28" />
            <source>Questo avviso è stato annullato dall'ente e non va pagato.</source>
            <translation>ألغت الجهة هذا الإشعار ولا يجب دفعه.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="32" />
            <source>Questo avviso risulta già pagato. Non deve pagarlo di nuovo.</source>
            <translation>هذا الإشعار مدفوع من قبل. لا داعي لدفعه مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="35" />
            <source>Un pagamento di questo avviso è già in corso. Attenda qualche minuto e riprovi.</source>
            <translation>يوجد دفع جارٍ لهذا الإشعار. انتظروا بضع دقائق ثم حاولوا مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="39" />
            <source>I dati dell'avviso non corrispondono. Controlli il numero, l'ente e l'importo.</source>
            <translation>بيانات الإشعار غير متطابقة. تحققوا من الرقم والجهة والمبلغ.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="43" />
            <source>L'ente creditore non risponde in questo momento. Riprovi più tardi.</source>
            <translation>الجهة الدائنة لا تستجيب حاليًا. حاولوا لاحقًا.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="47" />
            <source>C'è un problema temporaneo con questo avviso. Riprovi tra qualche minuto.</source>
            <translation>توجد مشكلة مؤقتة في هذا الإشعار. حاولوا مرة أخرى بعد بضع دقائق.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="51" />
            <source>Si è verificato un errore imprevisto. Nessun importo è stato addebitato. Riprovi.</source>
            <translation>حدث خطأ غير متوقع. لم يُخصم أي مبلغ. حاولوا مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="56" />
            <source>Non troviamo questa ricetta. Controlli il codice NRE.</source>
            <translation>لا نجد هذه الوصفة. تحققوا من رمز NRE.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="59" />
            <source>Questa ricetta è scaduta (vale 6 mesi). Chieda una nuova ricetta al suo medico.</source>
            <translation>انتهت صلاحية هذه الوصفة (صالحة 6 أشهر). اطلبوا من طبيبكم وصفة جديدة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="63" />
            <source>Questa ricetta è già stata usata per una prenotazione.</source>
            <translation>استُخدمت هذه الوصفة من قبل لحجز موعد.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="66" />
            <source>Questa ricetta è intestata a un'altra persona. Controlli il codice fiscale.</source>
            <translation>هذه الوصفة باسم شخص آخر. تحققوا من الرمز الضريبي.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="70" />
            <source>Una ricetta urgente va prenotata entro 48 ore. Si rivolga allo sportello o al suo medico.</source>
            <translation>يجب حجز الوصفة العاجلة خلال 48 ساعة. توجهوا إلى الشباك أو إلى طبيبكم.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="75" />
            <source>Per questa prestazione serve la ricetta elettronica (codice NRE).</source>
            <translation>تتطلب هذه الخدمة وصفة إلكترونية (رمز NRE).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="78" />
            <source>Questa ricetta è per un'altra prestazione.</source>
            <translation>هذه الوصفة لخدمة أخرى.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="82" />
            <source>Questo orario è appena stato preso. Ecco gli orari ancora liberi.</source>
            <translation>حُجز هذا الوقت للتو. هذه هي الأوقات التي ما زالت متاحة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="85" />
            <source>Questo orario non è più disponibile. Scelga un altro orario.</source>
            <translation>هذا الوقت لم يعد متاحًا. اختاروا وقتًا آخر.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="88" />
            <source>Questo servizio non è disponibile. Scelga un altro servizio.</source>
            <translation>هذه الخدمة غير متاحة. اختاروا خدمة أخرى.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="91" />
            <source>Non troviamo la prenotazione. Controlli il codice di prenotazione e il codice fiscale.</source>
            <translation>لا نجد الموعد. تحققوا من رمز الحجز والرمز الضريبي.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="95" />
            <source>Questa prenotazione è già stata annullata.</source>
            <translation>تم إلغاء هذا الموعد من قبل.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="98" />
            <source>È troppo tardi per annullare o spostare qui questa prenotazione. Chiami o si rechi allo sportello.</source>
            <translation>فات الأوان لإلغاء هذا الموعد أو تغييره هنا. اتصلوا بالشباك أو توجهوا إليه.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="103" />
            <source>Il codice fiscale non è valido. Lo controlli, per favore.</source>
            <translation>الرمز الضريبي غير صالح. يُرجى التحقق منه.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="107" />
            <source>Non troviamo questo pagamento. Chieda aiuto al personale.</source>
            <translation>لا نجد هذا الدفع. اطلبوا المساعدة من الموظفين.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="110" />
            <source>Il pagamento è già concluso e non si può più annullare.</source>
            <translation>اكتمل الدفع ولم يعد بالإمكان إلغاؤه.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="113" />
            <source>Non troviamo questa ricevuta. Chieda aiuto al personale.</source>
            <translation>لا نجد هذا الإيصال. اطلبوا المساعدة من الموظفين.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="116" />
            <source>La richiesta di aiuto non è stata trovata. La ripeta, per favore.</source>
            <translation>لم يُعثر على طلب المساعدة. يُرجى تكراره.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="126" />
            <source>La richiesta non è andata a buon fine. Chieda aiuto al personale.</source>
            <translation>لم ينجح الطلب. اطلبوا المساعدة من الموظفين.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="129" />
            <source>Il servizio non è raggiungibile in questo momento. Riprovi tra poco o chieda aiuto al personale.</source>
            <translation>لا يمكن الوصول إلى الخدمة حاليًا. حاولوا مرة أخرى بعد قليل أو اطلبوا المساعدة من الموظفين.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="134" />
            <source>Il servizio sta rispondendo troppo lentamente. Riprovi tra poco.</source>
            <translation>الخدمة تستجيب ببطء شديد. حاولوا مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="137" />
            <source>Il servizio ha un problema temporaneo. Riprovi tra poco.</source>
            <translation>في الخدمة مشكلة مؤقتة. حاولوا مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="140" />
            <source>Il servizio ha dato una risposta che non capiamo. Chieda aiuto al personale.</source>
            <translation>أعطت الخدمة ردًا لا نفهمه. اطلبوا المساعدة من الموظفين.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/errors.py" line="144" />
            <source>Questa postazione non è autorizzata a usare il servizio. Chieda aiuto al personale.</source>
            <translation>هذه المحطة غير مخوّلة باستخدام الخدمة. اطلبوا المساعدة من الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="116" />
            <source>Che cosa vuole prenotare?</source>
            <translation>ماذا تودون أن تحجزوا؟</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="122" />
            <source>gratuito</source>
            <translation>مجاني</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="124" />
            <source>Sanità – ASST Pavia</source>
            <translation>الصحة – ASST بافيا</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="125" />
            <source>Visita o esame con la ricetta</source>
            <translation>فحص أو تحليل بوصفة طبية</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="126" />
            <source>Serve il numero della ricetta elettronica (NRE)</source>
            <translation>يلزم رقم الوصفة الإلكترونية (NRE)</translation>
        </message>
    </context>
    <context>
        <name>SlotPage</name>
        <message>
            <location filename="../../ui/book/slot_page.py" line="319" />
            <source>Quando preferisce?</source>
            <translation>متى تفضلون؟</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="321" />
            <source>Primi giorni liberi</source>
            <translation>أقرب الأيام المتاحة</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="323" />
            <source>Torna ai primi giorni</source>
            <translation>العودة إلى أقرب الأيام</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="324" />
            <source>Altre date (calendario)</source>
            <translation>تواريخ أخرى (التقويم)</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="325" />
            <source>◀ Orari precedenti</source>
            <translation>◀ أوقات سابقة</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="326" />
            <source>Orari successivi ▶</source>
            <translation>أوقات لاحقة ▶</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="327" />
            <source>Mese precedente</source>
            <translation>الشهر السابق</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="328" />
            <source>Mese successivo</source>
            <translation>الشهر التالي</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="344" />
            <source>Orari liberi di %1</source>
            <translation>الأوقات المتاحة يوم %1</translation>
        </message>
        <message>
            <location filename="../../ui/book/slot_page.py" line="352" />
            <source>Ore %1</source>
            <translation>الساعة %1</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/speech.py" line="51" />
            <source>Lettura ad alta voce attiva. Tocchi una volta un pulsante per sentirlo, due volte per sceglierlo.</source>
            <extracomment>Phrases the speech layer adds itself (translated at speaking time).</extracomment>
            <translation>القراءة بصوت عالٍ مفعّلة. المسوا الزر مرة واحدة لسماعه، ومرتين لاختياره.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="55" />
            <source>Lettura ad alta voce spenta.</source>
            <translation>القراءة بصوت عالٍ متوقفة.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="56" />
            <source>Niente da ripetere.</source>
            <translation>لا يوجد ما يُعاد.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="57" />
            <source>Volume %1 di %2.</source>
            <translation>مستوى الصوت %1 من %2.</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="58" />
            <source>non disponibile</source>
            <translation>غير متاح</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="59" />
            <source>Attenzione: %1</source>
            <translation>تنبيه: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/speech.py" line="60" />
            <source>Contenuto della ricevuta:</source>
            <translation>محتوى الإيصال:</translation>
        </message>
    </context>
    <context>
        <name>SpeechBar</name>
        <message>
            <location filename="../../ui/speech.py" line="326" />
            <source>■ Ferma</source>
            <translation>■ إيقاف</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="327" />
            <source>Ferma la voce</source>
            <translation>إيقاف الصوت</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="328" />
            <source>↻ Ripeti</source>
            <translation>↻ إعادة</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="329" />
            <source>Ripeti</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="330" />
            <source>− Volume</source>
            <translation>− الصوت</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="331" />
            <source>Abbassa il volume</source>
            <translation>خفض الصوت</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="332" />
            <source>+ Volume</source>
            <translation>+ الصوت</translation>
        </message>
        <message>
            <location filename="../../ui/speech.py" line="333" />
            <source>Alza il volume</source>
            <translation>رفع الصوت</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="465" />
            <source>Pagamento</source>
            <translation>دفع</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="466" />
            <source>Prenotazione</source>
            <translation>حجز</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="467" />
            <source>Disdetta</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="468" />
            <source>Riepilogo</source>
            <translation>ملخص</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="471" />
            <source>stampata</source>
            <translation>مطبوع</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="472" />
            <source>stampa non riuscita</source>
            <translation>فشلت الطباعة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="473" />
            <source>non stampata</source>
            <translation>غير مطبوع</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="554" />
            <source>Postazione temporaneamente fuori servizio. Si rivolga allo sportello.</source>
            <translation>المحطة خارج الخدمة مؤقتًا. يُرجى التوجه إلى الشباك.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="561" />
            <source>Ristampa di %1 in corso…</source>
            <translation>جارٍ إعادة طباعة %1…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="562" />
            <source>Stampa del riepilogo del giorno in corso…</source>
            <translation>جارٍ طباعة ملخص اليوم…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="563" />
            <source>Stampa della pagina di prova in corso…</source>
            <translation>جارٍ طباعة صفحة الاختبار…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="564" />
            <source>Riavvio della coda di stampa…</source>
            <translation>جارٍ إعادة تشغيل طابور الطباعة…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="565" />
            <source>La ricevuta %1 non è più disponibile.</source>
            <translation>الإيصال %1 لم يعد متاحًا.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="566" />
            <source>Ricevuta %1 ristampata.</source>
            <translation>تمت إعادة طباعة الإيصال %1.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="567" />
            <source>Ristampa di %1 non riuscita: %2</source>
            <translation>لم تنجح إعادة طباعة %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="568" />
            <source>Riepilogo del giorno stampato (%1).</source>
            <translation>تمت طباعة ملخص اليوم (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="569" />
            <source>Riepilogo salvato (%1) ma non stampato: %2</source>
            <translation>حُفظ الملخص (%1) لكنه لم يُطبع: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="570" />
            <source>Pagina di prova stampata.</source>
            <translation>تمت طباعة صفحة الاختبار.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="571" />
            <source>Pagina di prova non stampata: %1</source>
            <translation>لم تُطبع صفحة الاختبار: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="572" />
            <source>Coda di stampa riavviata: %1</source>
            <translation>أُعيد تشغيل طابور الطباعة: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="573" />
            <source>Non è stato possibile riavviare la coda: %1</source>
            <translation>تعذّرت إعادة تشغيل الطابور: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="574" />
            <source>Postazione fuori servizio.</source>
            <translation>المحطة خارج الخدمة.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="575" />
            <source>Postazione di nuovo in servizio.</source>
            <translation>المحطة في الخدمة من جديد.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="576" />
            <source>Questa funzione è riservata al personale dell'ufficio.</source>
            <translation>هذه الوظيفة مخصصة لموظفي المكتب.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="577" />
            <source>Nessuna stampante configurata su questa postazione.</source>
            <translation>لا توجد طابعة مُعدّة في هذه المحطة.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="578" />
            <source>Operazione non riuscita: riprovi o chiami l'assistenza tecnica.</source>
            <translation>لم تنجح العملية: حاولوا مرة أخرى أو اتصلوا بالدعم الفني.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="581" />
            <source>Strumenti del personale</source>
            <translation>أدوات الموظفين</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="582" />
            <source>Accesso di %1 (%2)</source>
            <translation>دخول %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="584" />
            <source>Ricevute</source>
            <translation>الإيصالات</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="586" />
            <source>Codice ricevuta, codice prenotazione o numero avviso</source>
            <translation>رمز الإيصال أو رمز الحجز أو رقم الإشعار</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="587" />
            <source>Cerca una ricevuta</source>
            <translation>البحث عن إيصال</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="588" />
            <source>Cerca</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="589" />
            <source>Cerca la ricevuta</source>
            <translation>البحث عن الإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="590" />
            <source>Nessuna ricevuta trovata.</source>
            <translation>لم يُعثر على أي إيصال.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="592" />
            <source>Ricevute trovate: %n. Scorra l'elenco con il dito.</source>
            <translation>
                <numerusform>لم يُعثر على أي إيصال (%n). مرّروا القائمة بالإصبع.</numerusform>
                <numerusform>عُثر على إيصال واحد (%n). مرّروا القائمة بالإصبع.</numerusform>
                <numerusform>عُثر على إيصالين (%n). مرّروا القائمة بالإصبع.</numerusform>
                <numerusform>عُثر على %n إيصالات. مرّروا القائمة بالإصبع.</numerusform>
                <numerusform>عُثر على %n إيصالًا. مرّروا القائمة بالإصبع.</numerusform>
                <numerusform>عُثر على %n إيصال. مرّروا القائمة بالإصبع.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="597" />
            <location filename="../../ui/screens/staff.py" line="598" />
            <source>Ristampa la ricevuta scelta</source>
            <translation>إعادة طباعة الإيصال المختار</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="599" />
            <source>Stampante</source>
            <translation>الطابعة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="601" />
            <source>Stato della stampante non disponibile.</source>
            <translation>حالة الطابعة غير متاحة.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="606" />
            <source>Pagina di prova</source>
            <translation>صفحة اختبار</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="607" />
            <source>Stampa una pagina di prova</source>
            <translation>طباعة صفحة اختبار</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="608" />
            <source>Riavvia la coda</source>
            <translation>إعادة تشغيل الطابور</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="610" />
            <source>Riavvia la coda di stampa messa in pausa</source>
            <translation>إعادة تشغيل طابور الطباعة الموقوف مؤقتًا</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="611" />
            <location filename="../../ui/screens/staff.py" line="612" />
            <source>Stampa il riepilogo del giorno</source>
            <translation>طباعة ملخص اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="613" />
            <source>Postazione</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="615" />
            <source>Messaggio per i cittadini</source>
            <translation>رسالة للمواطنين</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="617" />
            <source>Rimetti in servizio</source>
            <translation>إعادة إلى الخدمة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="618" />
            <source>Rimetti in servizio la postazione</source>
            <translation>إعادة المحطة إلى الخدمة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="620" />
            <source>Metti fuori servizio</source>
            <translation>إيقاف عن الخدمة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="622" />
            <source>Metti la postazione fuori servizio con il messaggio</source>
            <translation>إيقاف المحطة عن الخدمة مع الرسالة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="624" />
            <source>Tocchi di nuovo per uscire al desktop</source>
            <translation>المسوا مرة أخرى للخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="625" />
            <source>Conferma l'uscita al desktop</source>
            <translation>تأكيد الخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="627" />
            <source>Esci al desktop</source>
            <translation>الخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="628" />
            <source>Chiudi l'applicazione ed esci al desktop</source>
            <translation>إغلاق التطبيق والخروج إلى سطح المكتب</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="629" />
            <source>Torna alla postazione</source>
            <translation>العودة إلى المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="631" />
            <source>Esci dagli strumenti e torna alla postazione</source>
            <translation>الخروج من الأدوات والعودة إلى المحطة</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/book/pages.py" line="261" />
            <source>Controlli la prenotazione</source>
            <translation>تحققوا من الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="262" />
            <source>Conferma la prenotazione</source>
            <translation>تأكيد الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="263" />
            <source>Aggiungi un cellulare</source>
            <translation>إضافة رقم هاتف محمول</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="264" />
            <source>Facoltativo: riceverà un promemoria</source>
            <translation>اختياري: ستصلكم رسالة تذكير</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="265" />
            <source>Numero di cellulare (facoltativo)</source>
            <translation>رقم الهاتف المحمول (اختياري)</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="266" />
            <source>Numero di cellulare</source>
            <translation>رقم الهاتف المحمول</translation>
        </message>
        <message>
            <location filename="../../ui/book/pages.py" line="268" />
            <source>Attenzione: %1</source>
            <translation>تنبيه: %1</translation>
        </message>
    </context>
    <context>
        <name>TutorBanner</name>
        <message>
            <location filename="../../ui/tutor.py" line="125" />
            <source>Assistenza del tutor — %1</source>
            <translation>مساعدة المرشد — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="128" />
            <source>Pannello tutor</source>
            <translation>لوحة المرشد</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="129" />
            <source>Apri il pannello del tutor</source>
            <translation>فتح لوحة المرشد</translation>
        </message>
    </context>
    <context>
        <name>TutorButton</name>
        <message>
            <location filename="../../ui/tutor.py" line="83" />
            <source>Accesso riservato a tutor e personale</source>
            <translation>دخول مخصص للمرشدين والموظفين</translation>
        </message>
    </context>
    <context>
        <name>TutorController</name>
        <message>
            <location filename="../../ui/tutor.py" line="376" />
            <source>Badge non riconosciuto. Usi il PIN o si rivolga allo sportello.</source>
            <translation>لم يُتعرّف على الشارة. استخدموا الرمز السري أو توجهوا إلى الشباك.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="382" />
            <source>Non è stato possibile verificare il badge. Usi il PIN.</source>
            <translation>تعذّر التحقق من الشارة. استخدموا الرمز السري.</translation>
        </message>
    </context>
    <context>
        <name>TutorPanel</name>
        <message>
            <location filename="../../ui/tutor.py" line="223" />
            <source>Pannello del tutor — %1</source>
            <translation>لوحة المرشد — %1</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="225" />
            <source>Pannello del tutor</source>
            <translation>لوحة المرشد</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="227" />
            <source>Assistenza iniziata alle %1.</source>
            <translation>بدأت المساعدة الساعة %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="228" />
            <source>Ultimo errore di questa sessione</source>
            <translation>آخر خطأ في هذه الجلسة</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="232" />
            <source>Torna al cittadino</source>
            <translation>العودة إلى المواطن</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="233" />
            <source>Chiudi il pannello e torna al cittadino</source>
            <translation>إغلاق اللوحة والعودة إلى المواطن</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="234" />
            <source>Strumenti del personale</source>
            <translation>أدوات الموظفين</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="235" />
            <source>Apri gli strumenti del personale</source>
            <translation>فتح أدوات الموظفين</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="237" />
            <source>Termina assistenza</source>
            <translation>إنهاء المساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/tutor.py" line="238" />
            <source>Termina l'assistenza del tutor</source>
            <translation>إنهاء مساعدة المرشد</translation>
        </message>
    </context>
</TS>
