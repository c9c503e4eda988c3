<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AboutPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="67" />
            <source>Public computer with internet</source>
            <translation>Dator med internet för allmänheten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="68" />
            <source>Café corner</source>
            <translation>Caféhörna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="69" />
            <source>Tourist information and brochures</source>
            <translation>Turistinformation och broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="70" />
            <source>Activities during the year</source>
            <translation>Aktiviteter under året</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="71" />
            <source>Grocery home delivery</source>
            <translation>Hemleverans av dagligvaror</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="91" />
            <source>Days that differ</source>
            <translation>Avvikande öppettider</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="104" />
            <source>About this service point</source>
            <translation>Om servicepunkten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="108" />
            <source>Service point in %1</source>
            <translation>Servicepunkt i %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="110" />
            <source>example: a fictional shop in the demo feed</source>
            <translation>exempel: en påhittad butik i demoinnehållet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="113" />
            <source>Welcome</source>
            <translation>Välkommen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="120" />
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="121" />
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="122" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="128" />
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="85" />
            <location filename="../../kiosk/ui/pages/about.py" line="142" />
            <source>Closed</source>
            <translation>Stängt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="151" />
            <source>Here you can get</source>
            <translation>Här finns</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="164" />
            <source>not here</source>
            <translation>finns inte här</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="173" />
            <source>Café</source>
            <translation>Café</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="179" />
            <source>Home delivery</source>
            <translation>Hemleverans</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="182" />
            <source>Order by phone: %1</source>
            <translation>Beställ per telefon: %1</translation>
        </message>
    </context>
    <context>
        <name>BrochuresPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="437" />
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="438" />
            <source>Read here or take them along on your phone</source>
            <translation>Läs här eller ta med dem i mobilen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="456" />
            <source>Brochure</source>
            <translation>Broschyr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="460" />
            <source>Languages</source>
            <translation>Språk</translation>
        </message>
    </context>
    <context>
        <name>BrowserPanel</name>
        <message>
            <location filename="../../kiosk/ui/browser/panel.py" line="70" />
            <source>Scan to continue on your phone</source>
            <translation>Skanna för att fortsätta i mobilen</translation>
        </message>
    </context>
    <context>
        <name>BrowserWidget</name>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="63" />
            <source>Start</source>
            <translation>Hem</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="64" />
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="65" />
            <source>Forward</source>
            <translation>Framåt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="66" />
            <source>Reload</source>
            <translation>Ladda om</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="67" />
            <source>End session</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="85" />
            <source>Type a web address</source>
            <translation>Skriv en webbadress</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="182" />
            <source>This e-service needs the internet</source>
            <translation>Den här e-tjänsten kräver internet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="184" />
            <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
            <translation>Det finns ingen internetuppkoppling här just nu. Skanna koden för att öppna %1 i mobilen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="187" />
            <source>Back to the e-services</source>
            <translation>Tillbaka till e-tjänsterna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="228" />
            <source>This page is outside %1</source>
            <translation>Den här sidan ligger utanför %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="232" />
            <location filename="../../kiosk/ui/browser/widget.py" line="242" />
            <location filename="../../kiosk/ui/browser/widget.py" line="293" />
            <location filename="../../kiosk/ui/browser/widget.py" line="305" />
            <location filename="../../kiosk/ui/browser/widget.py" line="317" />
            <location filename="../../kiosk/ui/browser/widget.py" line="329" />
            <source>Back to %1</source>
            <translation>Tillbaka till %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="240" />
            <source>Files cannot be downloaded here</source>
            <translation>Filer kan inte laddas ner här</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>The page says</source>
            <translation>Meddelande från sidan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="264" />
            <source>The page could not be opened right now</source>
            <translation>Sidan kunde inte öppnas just nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="265" />
            <source>The kiosk tries again by itself every 30 seconds.</source>
            <translation>Datorn försöker igen av sig själv var 30:e sekund.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="266" />
            <source>Try again now</source>
            <translation>Försök igen nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="291" />
            <source>This page asks for a login the kiosk cannot show</source>
            <translation>Sidan vill ha en inloggning som datorn inte kan visa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="292" />
            <source>Scan the code to continue on your phone, or ask the staff.</source>
            <translation>Skanna koden för att fortsätta i mobilen, eller fråga personalen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="300" />
            <source>This page cannot be opened safely</source>
            <translation>Sidan kan inte öppnas säkert</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="302" />
            <source>The page's security certificate is not valid, so the kiosk will not open it. Try again later, or ask the staff.</source>
            <translation>Sidans säkerhetscertifikat är inte giltigt, så datorn öppnar den inte. Försök igen senare eller fråga personalen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="315" />
            <source>Printing is not possible here</source>
            <translation>Det går inte att skriva ut här</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="316" />
            <location filename="../../kiosk/ui/browser/widget.py" line="328" />
            <source>Scan the code to open the page on your phone, or ask the staff.</source>
            <translation>Skanna koden för att öppna sidan i mobilen, eller fråga personalen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="327" />
            <source>There is no printer here</source>
            <translation>Det finns ingen skrivare här</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Ask the staff for help.</source>
            <translation>Be personalen om hjälp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The page tried to open %2, which is not part of %1.</source>
            <translation>Sidan försökte öppna %2, som inte hör till %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>On this computer you can only use %1.</source>
            <translation>På den här datorn kan du bara använda %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Scan the code to continue on your phone and get the file there.</source>
            <translation>Skanna koden för att fortsätta i mobilen och hämta filen där.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The file comes from %1. Files cannot be saved on this computer.</source>
            <translation>Filen kommer från %1. Filer kan inte sparas på den här datorn.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>This visit cannot print any more pages</source>
            <translation>Det går inte att skriva ut fler sidor vid det här besöket</translation>
        </message>
        <message>
            <source>The internet cannot be reached right now</source>
            <translation>Datorn når inte internet just nu</translation>
        </message>
    </context>
    <context>
        <name>DisabledHint</name>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="40" />
            <source>No page can be opened without the internet.</source>
            <translation>Utan internet går det inte att öppna någon sida.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="42" />
            <source>You are on the first page, so there is no page to go back to.</source>
            <translation>Du är på den första sidan, så det finns ingen sida att gå tillbaka till.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="43" />
            <source>Forward takes you to a page again after you have gone back from it.</source>
            <translation>Framåt visar igen en sida som du har gått tillbaka från.</translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message numerus="yes">
            <location filename="../../kiosk/ui/countdown.py" line="75" />
            <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
            <translation>
                <numerusform>Ditt besök avslutas om %n sekund. Allt du har gjort här raderas.</numerusform>
                <numerusform>Ditt besök avslutas om %n sekunder. Allt du har gjort här raderas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="84" />
            <source>Are you still there?</source>
            <translation>Är du kvar?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="85" />
            <source>Yes, I'm still here</source>
            <translation>Ja, jag är kvar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="86" />
            <source>End my visit now</source>
            <translation>Avsluta mitt besök nu</translation>
        </message>
    </context>
    <context>
        <name>DetailsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="150" />
            <source>Opening hours and offers</source>
            <translation>Öppettider och utbud</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="152" />
            <source>What you save here replaces the municipality's information on the About page.</source>
            <translation>Det du sparar här ersätter kommunens uppgifter på sidan Om servicepunkten.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="154" />
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="155" />
            <source>Days that differ</source>
            <translation>Avvikande öppettider</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="156" />
            <source>What the shop offers</source>
            <translation>Det här erbjuder butiken</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="157" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="159" />
            <source>Write e.g. 09:00–18:00; leave empty when closed.</source>
            <translation>Skriv t.ex. 09:00–18:00. Lämna tomt om det är stängt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="162" />
            <source>Date, hours (empty: closed all day) and a note, e.g. Christmas Eve.</source>
            <translation>Datum, öppettid (tomt: stängt hela dagen) och en anteckning, t.ex. Julafton.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="164" />
            <source>Telephone for home delivery</source>
            <translation>Telefon för hemleverans</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="165" />
            <source>How to order home delivery</source>
            <translation>Så beställer man hemleverans</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="166" />
            <source>The shop's telephone</source>
            <translation>Butikens telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="167" />
            <source>The shop's e-mail</source>
            <translation>Butikens e-post</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="169" />
            <source>Public computer with internet</source>
            <translation>Dator med internet för allmänheten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="170" />
            <source>Café corner</source>
            <translation>Caféhörna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="171" />
            <source>Tourist information and brochures</source>
            <translation>Turistinformation och broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="172" />
            <source>Activities during the year</source>
            <translation>Aktiviteter under året</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="173" />
            <source>Grocery home delivery</source>
            <translation>Hemleverans av dagligvaror</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="181" />
            <source>closed</source>
            <translation>stängt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="182" />
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="183" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="240" />
            <source>Write the hours as 09:00–18:00, or leave empty when closed.</source>
            <translation>Skriv tiden som 09:00–18:00, eller lämna tomt om det är stängt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="254" />
            <source>Write the date as 2026-12-24.</source>
            <translation>Skriv datumet som 2026-12-24.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="256" />
            <source>Write the hours as 10:00–14:00, or leave empty when closed.</source>
            <translation>Skriv tiden som 10:00–14:00, eller lämna tomt om det är stängt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="285" />
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="287" />
            <source>Saved. The About page shows it now.</source>
            <translation>Sparat. Sidan Om servicepunkten visar det nu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="265" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Rätta till de markerade fälten: vid vart och ett står vad som är fel.</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="201" />
            <source>What is happening?</source>
            <translation>Vad händer?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="202" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="203" />
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="204" />
            <source>Ends (optional)</source>
            <translation>Slutar (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="205" />
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="206" />
            <source>Kind of event</source>
            <translation>Typ av evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="207" />
            <source>Repeats</source>
            <translation>Upprepas</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="208" />
            <source>Last time (optional)</source>
            <translation>Sista gången (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="209" />
            <source>More about it (optional)</source>
            <translation>Mer om evenemanget (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="210" />
            <source>Price (optional)</source>
            <translation>Pris (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="211" />
            <source>Contact (optional)</source>
            <translation>Kontaktperson (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="212" />
            <source>Picture (optional)</source>
            <translation>Bild (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="216" />
            <source>e.g. Pub night with live music</source>
            <translation>t.ex. Pubkväll med levande musik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="217" />
            <source>e.g. 2026-12-05 or 5/12</source>
            <translation>t.ex. 2026-12-05 eller 5/12</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="220" />
            <source>e.g. 2027-05-31</source>
            <translation>t.ex. 2027-05-31</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="221" />
            <source>e.g. 50 kr, free</source>
            <translation>t.ex. 50 kr, gratis</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="222" />
            <source>Name and telephone</source>
            <translation>Namn och telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="223" />
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="225" />
            <source>Music</source>
            <translation>Musik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="226" />
            <source>Market</source>
            <translation>Marknad</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="227" />
            <source>Sports</source>
            <translation>Idrott</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="228" />
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="229" />
            <source>For families</source>
            <translation>För familjen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="230" />
            <source>Outdoors</source>
            <translation>Friluftsliv</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="231" />
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="232" />
            <source>Food</source>
            <translation>Mat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="233" />
            <source>Course</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="238" />
            <source>Once</source>
            <translation>En gång</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="239" />
            <source>Every week</source>
            <translation>Varje vecka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="240" />
            <source>Every month</source>
            <translation>Varje månad</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="241" />
            <source>Choose a picture…</source>
            <translation>Välj en bild…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="242" />
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>No picture</source>
            <translation>Ingen bild</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="243" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="244" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="255" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="257" />
            <source>Tomorrow</source>
            <translation>I morgon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>Change event</source>
            <translation>Ändra evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>New event</source>
            <translation>Nytt evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>A picture is chosen</source>
            <translation>En bild är vald</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="320" />
            <source>No pictures found. Put a USB stick with JPEG or PNG pictures in the computer and try again.</source>
            <translation>Hittade inga bilder. Sätt i ett USB-minne med JPEG- eller PNG-bilder i datorn och försök igen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="337" />
            <source>The picture could not be copied: %1</source>
            <translation>Bilden kunde inte kopieras: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="365" />
            <source>Write what is happening, e.g. Pub night.</source>
            <translation>Skriv vad som händer, t.ex. Pubkväll.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="368" />
            <source>That date has passed. Choose today or a later day.</source>
            <translation>Det datumet har redan varit. Välj i dag eller en senare dag.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="371" />
            <source>Write when it starts, e.g. 19:00.</source>
            <translation>Skriv när det börjar, t.ex. 19:00.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="373" />
            <source>Write the time as 19:00.</source>
            <translation>Skriv tiden som 19:00.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="376" />
            <source>Write the time as 22:00, or leave it empty.</source>
            <translation>Skriv tiden som 22:00, eller lämna tomt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="378" />
            <source>The end must be later than the start.</source>
            <translation>Sluttiden måste vara senare än starttiden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="381" />
            <source>Write where it is, e.g. in the shop.</source>
            <translation>Skriv var det är, t.ex. i butiken.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="384" />
            <source>The last time must be after the first date.</source>
            <translation>Sista gången måste vara efter första datumet.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="387" />
            <source>At most 1000 characters; now there are %1.</source>
            <translation>Högst 1000 tecken – nu är det %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="421" />
            <source>Write the date, e.g. 2026-12-05, or touch a day.</source>
            <translation>Skriv datumet, t.ex. 2026-12-05, eller tryck på en dag.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="425" />
            <source>Write the date as 2026-12-05 or 5/12.</source>
            <translation>Skriv datumet som 2026-12-05 eller 5/12.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="437" />
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="393" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Rätta till de markerade fälten: vid vart och ett står vad som är fel.</translation>
        </message>
    </context>
    <context>
        <name>EventRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every week</source>
            <translation>varje vecka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every month</source>
            <translation>varje månad</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="36" />
            <source>until %1</source>
            <translation>till och med %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="39" />
            <source>CANCELLED</source>
            <translation>INSTÄLLT</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="46" />
            <source>Change</source>
            <translation>Ändra</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Undo cancel</source>
            <translation>Ångra inställt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Cancel event</source>
            <translation>Ställ in</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="48" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="49" />
            <source>Yes, delete</source>
            <translation>Ja, ta bort</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="50" />
            <source>Keep</source>
            <translation>Behåll</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="70" />
            <source>Delete this event for good?</source>
            <translation>Ta bort evenemanget helt?</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="221" />
            <source>Music</source>
            <translation>Musik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="222" />
            <source>Markets</source>
            <translation>Marknader</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="223" />
            <source>Sports</source>
            <translation>Idrott</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="224" />
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="225" />
            <source>For families</source>
            <translation>För familjen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="226" />
            <source>Outdoors</source>
            <translation>Friluftsliv</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="227" />
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="228" />
            <source>Food</source>
            <translation>Mat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="229" />
            <source>Courses</source>
            <translation>Kurser</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="262" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here in %1</source>
            <translation>Här i %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here</source>
            <translation>Här</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="280" />
            <source>What's on</source>
            <translation>Vad händer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="283" />
            <source>Events at %1 and nearby</source>
            <translation>Evenemang i %1 med omnejd</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="285" />
            <source>Events nearby</source>
            <translation>Evenemang i närheten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Tomorrow</source>
            <translation>I morgon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="304" />
            <source>all day</source>
            <translation>hela dagen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="306" />
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Cancelled</source>
            <translation>Inställt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="322" />
            <source>This week (week %1)</source>
            <translation>Den här veckan (vecka %1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="323" />
            <source>Week %1</source>
            <translation>Vecka %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="333" />
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="337" />
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="339" />
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="341" />
            <source>Organiser</source>
            <translation>Arrangör</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="345" />
            <source>Scan to add to your phone's calendar</source>
            <translation>Skanna för att lägga in i mobilens kalender</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Event</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="347" />
            <source>Scan to read more on your phone</source>
            <translation>Skanna för att läsa mer i mobilen</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="127" />
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="128" />
            <source>New event</source>
            <translation>Nytt evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="131" />
            <source>Your events show in What's on at once and are sent to the municipality. They are deleted 30 days after they end.</source>
            <translation>Dina evenemang syns direkt under Vad händer och skickas till kommunen. De tas bort 30 dagar efter att de är slut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="141" />
            <source>No events yet. Touch 'New event' to post one.</source>
            <translation>Inga evenemang än. Tryck på Nytt evenemang för att lägga upp ett.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../kiosk/ui/header.py" line="89" />
            <source>example service point</source>
            <translation>exempel på servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="92" />
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="101" />
            <source>No content loaded yet</source>
            <translation>Inget innehåll har hämtats än</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="107" />
            <source>Updated today at %1</source>
            <translation>Uppdaterad i dag kl. %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="109" />
            <source>Updated yesterday at %1</source>
            <translation>Uppdaterad i går kl. %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/header.py" line="111" />
            <source>Updated %n day(s) ago</source>
            <translation>
                <numerusform>Uppdaterad för %n dag sedan</numerusform>
                <numerusform>Uppdaterad för %n dagar sedan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="113" />
            <source>No internet connection</source>
            <translation>Ingen internetuppkoppling</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="126" />
            <source>Search places, events, e-services and brochures</source>
            <translation>Sök platser, evenemang, e-tjänster och broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="127" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>What's on</source>
            <translation>Vad händer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>Events here and nearby</source>
            <translation>Evenemang här och i närheten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Tourist information</source>
            <translation>Turistinformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Nature, culture, food and places to stay</source>
            <translation>Natur, kultur, mat och boende</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="137" />
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="138" />
            <source>Needs internet: no connection right now</source>
            <translation>Kräver internet – uppkopplingen ligger nere just nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="140" />
            <source>Municipality, healthcare, authorities and buses</source>
            <translation>Kommun, vård, myndigheter och bussar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Read here or take them along</source>
            <translation>Läs här eller ta med dem</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="146" />
            <source>About this service point</source>
            <translation>Om servicepunkten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="147" />
            <source>Opening hours, café, home delivery and contact</source>
            <translation>Öppettider, café, hemleverans och kontakt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="149" />
            <source>Opening hours, café, home delivery and contact in %1</source>
            <translation>Öppettider, café, hemleverans och kontakt i %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="171" />
            <source>Cancelled</source>
            <translation>Inställt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>No upcoming events right now</source>
            <translation>Inga kommande evenemang just nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>See all events →</source>
            <translation>Se alla evenemang →</translation>
        </message>
        <message>
            <source>If the power fails</source>
            <translation>Om strömmen går</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="101" />
            <location filename="../../kiosk/ui/navbar.py" line="104" />
            <source>Home</source>
            <translation>Hem</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="102" />
            <location filename="../../kiosk/ui/navbar.py" line="105" />
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="103" />
            <source>Contrast</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="106" />
            <source>High contrast</source>
            <translation>Hög kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Normal text size</source>
            <translation>Normal textstorlek</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Larger text</source>
            <translation>Större text</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Largest text</source>
            <translation>Största text</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="33" />
            <source>Notices</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="34" />
            <source>Messages from the municipality and the service point</source>
            <translation>Meddelanden från kommunen och servicepunkten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="42" />
            <source>There are no notices right now.</source>
            <translation>Inga meddelanden just nu.</translation>
        </message>
    </context>
    <context>
        <name>OpenState</name>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="14" />
            <source>Closed today (%1)</source>
            <translation>Stängt i dag (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="16" />
            <source>Open around the clock</source>
            <translation>Öppet dygnet runt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="18" />
            <source>Open now until %1</source>
            <translation>Öppet nu till %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="19" />
            <source>Opens today at %1</source>
            <translation>Öppnar i dag kl. %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="20" />
            <source>Closed for the rest of today</source>
            <translation>Stängt resten av dagen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="21" />
            <source>Closed today</source>
            <translation>Stängt i dag</translation>
        </message>
    </context>
    <context>
        <name>OwnerPanel</name>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="90" />
            <source>Shop-owner mode</source>
            <translation>Ägarläge</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="92" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="93" />
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="94" />
            <source>Shop details</source>
            <translation>Butikens uppgifter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="95" />
            <source>Usage</source>
            <translation>Användning</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="99" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="73" />
            <source>Shop-owner mode</source>
            <translation>Ägarläge</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="75" />
            <source>Erase</source>
            <translation>Sudda</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="76" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="77" />
            <location filename="../../kiosk/ui/owner/pinpad.py" line="114" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="98" />
            <source>Enter your PIN</source>
            <translation>Skriv din PIN-kod</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="109" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="134" />
            <source>The PIN has 4 to 8 digits.</source>
            <translation>PIN-koden har 4–8 siffror.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="148" />
            <source>Wrong PIN – try again.</source>
            <translation>Fel PIN – försök igen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="159" />
            <source>Wrong PIN – try again in %1 s</source>
            <translation>Fel PIN – försök igen om %1 s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/pinpad.py" line="168" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n siffra inskriven</numerusform>
                <numerusform>%n siffror inskrivna</numerusform>
            </translation>
        </message>
        <message>
            <source>No PIN has been set yet.</source>
            <translation>Ingen PIN-kod är satt än.</translation>
        </message>
        <message>
            <source>The PIN file is damaged.</source>
            <translation>PIN-filen är skadad.</translation>
        </message>
        <message>
            <source>Enter the setup code from the municipality.</source>
            <translation>Skriv engångskoden från kommunen.</translation>
        </message>
        <message>
            <source>No PIN has been set yet. Ask the municipality for this kiosk's setup code: with it you set your PIN here on the screen.</source>
            <translation>Ingen PIN-kod är satt än. Be kommunen om engångskoden för den här datorn: med den väljer du din PIN-kod här på skärmen.</translation>
        </message>
        <message>
            <source>The PIN file is damaged. Ask the municipality for a new setup code: with it you set a new PIN here on the screen.</source>
            <translation>PIN-filen är skadad. Be kommunen om en ny engångskod: med den väljer du en ny PIN-kod här på skärmen.</translation>
        </message>
        <message>
            <source>Choose your PIN: 4 to 8 digits that only you know.</source>
            <translation>Välj din PIN-kod: 4 till 8 siffror som bara du känner till.</translation>
        </message>
        <message>
            <source>Enter the same PIN once more.</source>
            <translation>Skriv samma PIN-kod en gång till.</translation>
        </message>
        <message>
            <source>The two PINs differed – choose again.</source>
            <translation>PIN-koderna var olika – välj igen.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again.</source>
            <translation>Fel engångskod – försök igen.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again in %1 s</source>
            <translation>Fel engångskod – försök igen om %1 s</translation>
        </message>
        <message>
            <source>The PIN could not be saved. Call the municipality.</source>
            <translation>PIN-koden kunde inte sparas. Ring kommunen.</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="94" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="95" />
            <source>Nature</source>
            <translation>Natur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="96" />
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="97" />
            <source>Food and café</source>
            <translation>Mat och café</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="98" />
            <source>Stay</source>
            <translation>Boende</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="99" />
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="100" />
            <source>Practical</source>
            <translation>Praktiskt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="115" />
            <source>Tourist information</source>
            <translation>Turistinformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="116" />
            <source>Places to see and things to do nearby</source>
            <translation>Sevärdheter och aktiviteter i närheten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="138" />
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="141" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="143" />
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="146" />
            <source>Distance</source>
            <translation>Avstånd</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="148" />
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="150" />
            <source>Website</source>
            <translation>Webbplats</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="155" />
            <source>Scan to open the website on your phone</source>
            <translation>Skanna för att öppna webbplatsen i mobilen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="189" />
            <source>Around the clock, every day</source>
            <translation>Dygnet runt, alla dagar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="195" />
            <source>Less than 1 km from here (as the crow flies)</source>
            <translation>Mindre än 1 km härifrån (fågelvägen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="196" />
            <source>%1 km from here (as the crow flies)</source>
            <translation>%1 km härifrån (fågelvägen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="153" />
            <source>Scan to open the map on your phone</source>
            <translation>Skanna för att öppna kartan i mobilen</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Trygghetspunkter</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="178" />
            <source>Previous page</source>
            <translation>Föregående sida</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="179" />
            <source>Next page</source>
            <translation>Nästa sida</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="180" />
            <source>Zoom out</source>
            <translation>Zooma ut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="181" />
            <source>Zoom in</source>
            <translation>Zooma in</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="182" />
            <location filename="../../kiosk/ui/pages/reader.py" line="189" />
            <source>Fit to width</source>
            <translation>Anpassa till bredden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="190" />
            <source>This brochure cannot be shown right now</source>
            <translation>Den här broschyren kan inte visas just nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="191" />
            <source>Brochure</source>
            <translation>Broschyr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="192" />
            <source>Brochure pages</source>
            <translation>Broschyrens sidor</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="197" />
            <source>Swipe to turn the pages, or use the buttons below</source>
            <translation>Svep för att bläddra, eller använd knapparna nedanför</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="212" />
            <source>Scan to get the brochure on your phone</source>
            <translation>Skanna för att få broschyren i mobilen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="220" />
            <source>Page %1 of %2</source>
            <translation>Sida %1 av %2</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Popular categories</source>
            <translation>Populära kategorier</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="62" />
            <location filename="../../kiosk/ui/pages/search.py" line="65" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="63" />
            <source>Places, events, e-services and brochures</source>
            <translation>Platser, evenemang, e-tjänster och broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="64" />
            <source>Type what you are looking for</source>
            <translation>Skriv vad du letar efter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="87" />
            <source>No results for “%1”</source>
            <translation>Inga träffar för ”%1”</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="96" />
            <source>Places</source>
            <translation>Platser</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="107" />
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="120" />
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="131" />
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Töm</translation>
        </message>
        <message>
            <source>Clear the search field</source>
            <translation>Töm sökfältet</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="379" />
            <source>The municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="380" />
            <source>Health and care</source>
            <translation>Hälsa och vård</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="381" />
            <source>Taxes and money</source>
            <translation>Skatt och ekonomi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="382" />
            <source>Work and studies</source>
            <translation>Arbete och studier</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="383" />
            <source>Social insurance and pensions</source>
            <translation>Socialförsäkring och pension</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="384" />
            <source>Travel and traffic</source>
            <translation>Resor och trafik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="385" />
            <source>Safety and emergencies</source>
            <translation>Säkerhet och kriser</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="390" />
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="393" />
            <source>No internet connection right now: scan a code to continue on your phone</source>
            <translation>Ingen internetuppkoppling just nu – skanna koden och fortsätt i mobilen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="395" />
            <source>Municipal and national services on the web</source>
            <translation>Kommunala och statliga tjänster på nätet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="411" />
            <source>Needs internet</source>
            <translation>Kräver internet</translation>
        </message>
    </context>
    <context>
        <name>StatusView</name>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Speech</source>
            <translation>Uppläsning</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>works (speech mode and keypad)</source>
            <translation>fungerar (uppläsning och knappsats)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>missing: the kiosk runs without speech (%1)</source>
            <translation>saknas: datorn läser inte upp något (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>switched off in the settings</source>
            <translation>avstängd i inställningarna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>starting</source>
            <translation>startar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="81" />
            <source>Updating now…</source>
            <translation>Uppdaterar nu…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="96" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="110" />
            <source>Update now</source>
            <translation>Uppdatera nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="112" />
            <source>Restart the kiosk</source>
            <translation>Starta om programmet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="113" />
            <source>Exit to the desktop</source>
            <translation>Avsluta till skrivbordet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="114" />
            <source>Yes, exit the kiosk</source>
            <translation>Ja, avsluta programmet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="120" />
            <source>today %1</source>
            <translation>i dag %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="122" />
            <source>yesterday %1</source>
            <translation>i går %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="130" />
            <source>No content yet</source>
            <translation>Inget innehåll än</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="131" />
            <source>Check the internet connection, then touch 'Update now'.</source>
            <translation>Kontrollera internetuppkopplingen och tryck sedan på Uppdatera nu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="136" />
            <source>No connection since %1</source>
            <translation>Ingen uppkoppling sedan %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="139" />
            <source>Visitors still see the last content. Check the router and the cable.</source>
            <translation>Besökarna ser fortfarande det senaste innehållet. Kontrollera routern och sladden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/status.py" line="146" />
            <source>The content is %n day(s) old</source>
            <translation>
                <numerusform>Innehållet är %n dag gammalt</numerusform>
                <numerusform>Innehållet är %n dagar gammalt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="147" />
            <source>Touch 'Update now'. If it stays old, call the municipality.</source>
            <translation>Tryck på Uppdatera nu. Om det fortfarande är gammalt, ring kommunen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="152" />
            <source>The content has expired</source>
            <translation>Innehållet har gått ut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="153" />
            <source>Call the municipality: the feed is not being updated.</source>
            <translation>Ring kommunen: innehållet uppdateras inte längre.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="156" />
            <source>The last update failed</source>
            <translation>Senaste uppdateringen misslyckades</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="157" />
            <source>Everything works</source>
            <translation>Allt fungerar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>The service point "%1" is not in the content</source>
            <translation>Servicepunkten ”%1” finns inte i innehållet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>Check the setting service_point, or call the municipality. Visitors see %1 meanwhile.</source>
            <translation>Kontrollera inställningen service_point, eller ring kommunen. Besökarna ser %1 så länge.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="161" />
            <source>Last update</source>
            <translation>Senaste uppdatering</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="162" />
            <source>Content</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="163" />
            <source>Statistics sent</source>
            <translation>Statistik skickad</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="164" />
            <source>Disk space</source>
            <translation>Diskutrymme</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="165" />
            <source>Program version</source>
            <translation>Programversion</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="168" />
            <source>No feed address is set: content comes from a folder</source>
            <translation>Ingen webbadress för innehållet är inställd – det hämtas från en mapp</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="170" />
            <source>not yet since the start</source>
            <translation>inte sedan programmet startade</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="173" />
            <source>new content fetched</source>
            <translation>nytt innehåll hämtat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="174" />
            <source>nothing new</source>
            <translation>inget nytt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="175" />
            <source>failed: %1</source>
            <translation>misslyckades: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="182" />
            <source>version %1, fetched %2</source>
            <translation>version %1, hämtad %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="187" />
            <source>not yet</source>
            <translation>inte än</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="193" />
            <source>%1 free of %2</source>
            <translation>%1 ledigt av %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="195" />
            <source>almost full: call for help</source>
            <translation>nästan fullt – ring efter hjälp</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="209" />
            <source>The kiosk's own data was damaged</source>
            <translation>Datorns egna uppgifter var skadade</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="210" />
            <source>Visitors are not affected. Read 'Own data' below and tell the municipality.</source>
            <translation>Besökarna märker inget. Läs Egna uppgifter nedan och berätta för kommunen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="221" />
            <source>Own data</source>
            <translation>Egna uppgifter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="257" />
            <source>in order</source>
            <translation>i ordning</translation>
        </message>
        <message>
            <source>Public warnings</source>
            <translation>Varningar till allmänheten</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>inte kontrollerat än</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The disk is full</source>
            <translation>Disken är full</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Visitors still see the content; new events and statistics may not be saved. Old files are being removed. If this stays, call for help.</source>
            <translation>Besökarna ser fortfarande innehållet, men nya evenemang och statistik kanske inte sparas. Gamla filer tas bort. Om det inte går över, ring efter hjälp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is ahead</source>
            <translation>Klockan går fel: den ligger före</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is behind</source>
            <translation>Klockan går fel: den ligger efter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The kiosk's clock says %1. Statistics wait until it is right. Call for help to set the date and time.</source>
            <translation>Datorns klocka visar %1. Statistiken väntar tills klockan går rätt. Ring efter hjälp för att ställa datum och tid.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The content was damaged and has been rebuilt</source>
            <translation>Innehållet var skadat och har byggts upp igen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Nothing needs doing now. If it happens again, the disk may be failing: call the municipality.</source>
            <translation>Du behöver inte göra något nu. Händer det igen kan disken vara på väg att gå sönder: ring kommunen.</translation>
        </message>
        <message>
            <source>not working: visitors cannot have texts read aloud</source>
            <translation>fungerar inte: besökarna kan inte få texter upplästa</translation>
        </message>
        <message>
            <source>Reading aloud does not work</source>
            <translation>Uppläsningen fungerar inte</translation>
        </message>
        <message>
            <source>Visitors can use the screen as usual, but cannot have texts read aloud. Touch 'Restart the kiosk'; if that does not help, call the municipality.</source>
            <translation>Besökarna kan använda skärmen som vanligt men kan inte få texter upplästa. Tryck på ”Starta om programmet”; hjälper det inte, ring kommunen.</translation>
        </message>
    </context>
    <context>
        <name>UsageView</name>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="93" />
            <source>Usage</source>
            <translation>Användning</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="94" />
            <source>Report for the municipality</source>
            <translation>Rapport till kommunen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="108" />
            <source>The report is not available in this version yet.</source>
            <translation>Rapporten finns inte i den här versionen än.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="116" />
            <source>No usage figures yet: the statistics start with the next version.</source>
            <translation>Inga siffror om användningen än.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="121" />
            <source>Visitors are counted without anything about who they are. Your own use in shop-owner mode is never counted.</source>
            <translation>Besökarna räknas utan att något sparas om vilka de är. Det du gör i ägarläget räknas aldrig.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="147" />
            <source>Visits per day</source>
            <translation>Besök per dag</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="149" />
            <source>Visits per week</source>
            <translation>Besök per vecka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="152" />
            <source>w. %1</source>
            <translation>v. %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="160" />
            <source>Most used sections</source>
            <translation>Mest använda delar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="169" />
            <source>Home</source>
            <translation>Hem</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="170" />
            <source>Tourist info</source>
            <translation>Turistinformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="171" />
            <source>What's on</source>
            <translation>Vad händer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="172" />
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="173" />
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="174" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="175" />
            <source>About</source>
            <translation>Om servicepunkten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="176" />
            <source>Notices</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="194" />
            <source>Not saved: %1</source>
            <translation>Inte sparat: %1</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Titta igen</translation>
        </message>
        <message>
            <source>Save on %1</source>
            <translation>Spara på %1</translation>
        </message>
        <message>
            <source>The report for the last twelve months, as a PDF. Touch the USB stick.</source>
            <translation>Rapporten för de senaste tolv månaderna, som PDF. Tryck på USB-minnet.</translation>
        </message>
        <message>
            <source>No USB stick found. Put one in the computer and touch 'Look again'.</source>
            <translation>Inget USB-minne hittades. Sätt i ett i datorn och tryck på ”Titta igen”.</translation>
        </message>
        <message>
            <source>Saved on %1 as %2</source>
            <translation>Sparad på %1 som %2</translation>
        </message>
        <message>
            <source>No figures yet</source>
            <translation>Inga siffror än</translation>
        </message>
    </context>
    <context>
        <name>BrowserNotices</name>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="28" />
            <source>Files cannot be uploaded on this computer</source>
            <translation>Det går inte att ladda upp filer på den här datorn</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="29" />
            <source>Scan the code to continue on your phone, where you can choose the file.</source>
            <translation>Skanna koden för att fortsätta i mobilen, där du kan välja filen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="30" />
            <source>Back to the page</source>
            <translation>Tillbaka till sidan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="38" />
            <source>The page stopped working</source>
            <translation>Sidan slutade fungera</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="39" />
            <source>The kiosk opens the e-service again by itself in a moment.</source>
            <translation>Datorn öppnar e-tjänsten igen av sig själv om en liten stund.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="40" />
            <source>Try again now</source>
            <translation>Försök igen nu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="48" />
            <source>The page stopped responding</source>
            <translation>Sidan slutade svara</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Are you still there?</source>
            <translation>Är du kvar?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Press any key or touch the screen to continue</source>
            <translation>Tryck på valfri tangent eller på skärmen för att fortsätta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>List with %1 items</source>
            <translation>Lista med %1 objekt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen</source>
            <translation>Lyssna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen: read the screen aloud</source>
            <translation>Lyssna: läs upp skärmen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. F1 gives help.</source>
            <translation>Flytta med piltangenterna eller Tab, välj med Enter. F1 ger hjälp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>PIN code keypad</source>
            <translation>Knappsats för PIN-kod</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Page %1 of %2</source>
            <translation>Sida %1 av %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speech is on</source>
            <translation>Uppläsning på</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speed %1</source>
            <translation>Hastighet %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This kiosk has no voice for your language; it reads with the nearest one.</source>
            <translation>Den här datorn har ingen röst för ditt språk och läser med den som ligger närmast.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This page has no text to read.</source>
            <translation>Den här sidan har ingen text att läsa upp.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Volume %1 percent</source>
            <translation>Volym %1 procent</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on %1</source>
            <translation>Du är på %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>the start page</source>
            <translation>startsidan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on the e-service %1</source>
            <translation>Du är i e-tjänsten %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>button</source>
            <translation>knapp</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>heading</source>
            <translation>rubrik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>selected</source>
            <translation>vald</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>text field</source>
            <translation>textfält</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>unavailable</source>
            <translation>inte tillgänglig</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Quiet</source>
            <translation>Tyst</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Repeat</source>
            <translation>Upprepa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Slower</source>
            <translation>Långsammare</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Faster</source>
            <translation>Snabbare</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Softer</source>
            <translation>Tystare</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Louder</source>
            <translation>Högre</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. Backspace goes back, Home goes to the start page. Plus and minus change the volume, Page Up and Page Down the speed. Star repeats, Escape stops the speech, F1 or slash reads this help again.</source>
            <translation>Flytta med piltangenterna eller Tab, välj med Enter. Backsteg går tillbaka, Home går till startsidan. Plus och minus ändrar volymen, Page Up och Page Down hastigheten. Stjärna upprepar, Escape tystar uppläsningen, F1 eller snedstreck läser den här hjälpen igen.</translation>
        </message>
    </context>
    <context>
        <name>ActivityRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>your event</source>
            <translation>ditt evenemang</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>the municipality's calendar</source>
            <translation>kommunens kalender</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled</source>
            <translation>Inställd</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held: %1</source>
            <translation>Genomförd: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled: %1</source>
            <translation>Inställd: %1</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBox</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held or cancelled?</source>
            <translation>Genomförd eller inställd?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>The municipality counts the activities you confirm as held. Answer for each activity that has taken place.</source>
            <translation>Kommunen räknar de aktiviteter som du bekräftar som genomförda. Svara för varje aktivitet som har varit.</translation>
        </message>
    </context>
    <context>
        <name>AddressPage</name>
        <message>
            <source>2. Where the kiosks fetch the content</source>
            <translation>2. Var kioskerna hämtar innehållet</translation>
        </message>
        <message>
            <source>Remember the password in this PC's keychain</source>
            <translation>Kom ihåg lösenordet i datorns nyckelring</translation>
        </message>
        <message>
            <source>Test upload</source>
            <translation>Provuppladdning</translation>
        </message>
        <message>
            <source>Upload address (or folder)</source>
            <translation>Uppladdningsadress (eller mapp)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>The kiosks' address</source>
            <translation>Kioskernas adress</translation>
        </message>
        <message>
            <source>Ask whoever runs the municipality's web server for an upload address (WebDAV) with a user name and password, and for the public address where the same folder can be read. A folder or USB stick works too.</source>
            <translation>Be den som sköter kommunens webbserver om en uppladdningsadress (WebDAV) med användarnamn och lösenord, och om den öppna adress där samma mapp kan läsas. En mapp eller ett USB-minne går också bra.</translation>
        </message>
        <message>
            <source>Write the upload address first.</source>
            <translation>Skriv först uppladdningsadressen.</translation>
        </message>
        <message>
            <source>Uploading a test file…</source>
            <translation>Laddar upp en provfil…</translation>
        </message>
        <message>
            <source>This PC has no keychain: the password will be asked for at each publication.</source>
            <translation>Datorn har ingen nyckelring: lösenordet frågas efter vid varje publicering.</translation>
        </message>
    </context>
    <context>
        <name>ContentPanel</name>
        <message>
            <source>Active</source>
            <comment>one item's state</comment>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <comment>one item's state</comment>
            <translation>Kommande</translation>
        </message>
        <message>
            <source>Expired</source>
            <comment>one item's state</comment>
            <translation>Utgången</translation>
        </message>
        <message>
            <source>Add a service point</source>
            <translation>Lägg till en servicepunkt</translation>
        </message>
        <message>
            <source>No service points yet. Add the municipality's service points first: then you can choose where each notice and event is shown.</source>
            <translation>Här finns inga servicepunkter än. Lägg först till kommunens servicepunkter: sedan kan du välja var varje meddelande och evenemang visas.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>ends within 14 days</source>
            <translation>går ut inom 14 dagar</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) end within 14 days.</source>
            <translation>
                <numerusform>%n sak går ut inom 14 dagar.</numerusform>
                <numerusform>%n saker går ut inom 14 dagar.</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiva</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Kommande</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Utgångna</translation>
        </message>
        <message>
            <source>Ends within 14 days</source>
            <translation>Går ut inom 14 dagar</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ändringar som inte är sparade</translation>
        </message>
        <message>
            <source>the new item</source>
            <translation>den nya</translation>
        </message>
        <message>
            <source>You have changed “%1” without saving.</source>
            <translation>Du har ändrat ”%1” utan att spara.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Släng ändringarna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>It cannot be saved yet: fix what is marked in red, or discard.</source>
            <translation>Det går inte att spara än: rätta det som är rött, eller släng ändringarna.</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <source>All day</source>
            <translation>Hela dagen</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>3. Give these two settings to each kiosk</source>
            <translation>3. Ge varje kiosk de här två inställningarna</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiera</translation>
        </message>
        <message>
            <source>Put these two lines into each kiosk's settings file (or send them to whoever installs the kiosks). Then every kiosk fetches what you publish and checks that it comes from you.</source>
            <translation>Lägg in de här två raderna i varje kiosks inställningsfil (eller skicka dem till den som installerar kioskerna). Då hämtar varje kiosk det du publicerar och kontrollerar att det kommer från dig.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Getting started</source>
            <translation>Kom igång</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nästa</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>FleetPanel</name>
        <message>
            <source>Every kiosk uploads a short note on how it is doing every 15 minutes. Write where they upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Varje kiosk laddar upp en kort rapport om hur den mår var 15:e minut. Skriv i rutan ovan vart kioskerna laddar upp (samma adress som upload_url i kioskernas inställningar) och läs in dem.</translation>
        </message>
        <message>
            <source>Read the service points</source>
            <translation>Läs in servicepunkterna</translation>
        </message>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Vart laddar kioskerna upp?</translation>
        </message>
        <message>
            <source>The kiosk's home screen</source>
            <translation>Kioskens startsida</translation>
        </message>
        <message>
            <source>All is well</source>
            <translation>I ordning</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Aldrig</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Stängt</translation>
        </message>
        <message>
            <source>%1 of %2 service points are fine.</source>
            <translation>%1 av %2 servicepunkter är i ordning.</translation>
        </message>
        <message>
            <source>This kiosk has not sent a picture of its screen yet.</source>
            <translation>Den här kiosken har inte skickat någon bild av sin skärm än.</translation>
        </message>
        <message>
            <source>How the service points' kiosks are doing</source>
            <translation>Så mår servicepunkternas kiosker</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Kioskerna laddar upp till</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Create the report for the last quarter…</source>
            <translation>Skapa rapport för förra kvartalet…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Publish…</source>
            <translation>Publicera…</translation>
        </message>
        <message>
            <source>When you press Publish, every kiosk shows what is in the folder within a quarter of an hour. Each publication is listed here, and the last one can be undone.</source>
            <translation>När du trycker på Publicera visar varje kiosk det som finns i mappen inom en kvart. Varje publicering visas här, och den senaste går att ångra.</translation>
        </message>
        <message>
            <source>Version %1, published %2</source>
            <translation>Version %1, publicerad %2</translation>
        </message>
        <message>
            <source>(undo back to version %1)</source>
            <translation>(ångrad tillbaka till version %1)</translation>
        </message>
        <message>
            <source>Nothing has been published from this folder yet.</source>
            <translation>Ingenting har publicerats från den här mappen än.</translation>
        </message>
        <message>
            <source>Published versions</source>
            <translation>Publicerade versioner</translation>
        </message>
        <message>
            <source>Undo the last publication</source>
            <translation>Ångra senaste publiceringen</translation>
        </message>
    </context>
    <context>
        <name>HoursRow</name>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Try the link</source>
            <translation>Prova länken</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Välj fil…</translation>
        </message>
        <message>
            <source>Fix what is marked in red before saving.</source>
            <translation>Rätta det som är markerat med rött innan du sparar.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Bilder (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Translations missing: visitors read these texts in another language (Finnish → Swedish, German → English → Swedish).</source>
            <translation>Översättningar saknas: besökarna läser de här texterna på ett annat språk (finska → svenska, tyska → engelska → svenska).</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Rad %1: %2</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>1. A key that proves the content is yours</source>
            <translation>1. En nyckel som visar att innehållet kommer från dig</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Välj mapp…</translation>
        </message>
        <message>
            <source>Create the key</source>
            <translation>Skapa nyckeln</translation>
        </message>
        <message>
            <source>Password for the key</source>
            <translation>Lösenord för nyckeln</translation>
        </message>
        <message>
            <source>The same password again</source>
            <translation>Samma lösenord igen</translation>
        </message>
        <message>
            <source>Keep the key in</source>
            <translation>Spara nyckeln i</translation>
        </message>
        <message>
            <source>Every kiosk checks that what it shows comes from you. For that, this PC gets a key that signs each publication. The key stays on this PC, locked with a password that only you know. Write the password down somewhere safe: without it nothing can be published.</source>
            <translation>Varje kiosk kontrollerar att det den visar kommer från dig. Därför får den här datorn en nyckel som signerar varje publicering. Nyckeln stannar på den här datorn, låst med ett lösenord som bara du känner till. Skriv upp lösenordet på ett säkert ställe: utan det kan ingenting publiceras.</translation>
        </message>
        <message>
            <source>Folder for the key</source>
            <translation>Mapp för nyckeln</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>De två lösenorden är inte samma.</translation>
        </message>
        <message>
            <source>Creating the key; this takes a few seconds…</source>
            <translation>Nyckeln skapas, det tar några sekunder…</translation>
        </message>
        <message>
            <source>The key is ready: %1</source>
            <translation>Nyckeln är klar: %1</translation>
        </message>
    </context>
    <context>
        <name>LangTextField</name>
        <message>
            <source>missing</source>
            <translation>saknas</translation>
        </message>
    </context>
    <context>
        <name>OpeningHoursField</name>
        <message>
            <source>Add opening hours</source>
            <translation>Lägg till öppettider</translation>
        </message>
    </context>
    <context>
        <name>PointsField</name>
        <message>
            <source>Shown at every service point. Tick some to show it only there.</source>
            <translation>Visas på alla servicepunkter. Kryssa i några för att visa det bara där.</translation>
        </message>
        <message>
            <source>Shown only at the ticked service points.</source>
            <translation>Visas bara på de ikryssade servicepunkterna.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>The kiosk's pages are drawn here once the source folder has at least one service point.</source>
            <translation>Här ritas kioskens sidor så fort källmappen har minst en servicepunkt.</translation>
        </message>
        <message>
            <source>Drawing the kiosk's page…</source>
            <translation>Kioskens sida ritas…</translation>
        </message>
        <message>
            <source>This is how the kiosk at %1 will show it once you publish.</source>
            <translation>Så här visar kiosken hos %1 det när du har publicerat.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsvisning</translation>
        </message>
        <message>
            <source>The kiosk's own pages, drawn from what you have written but not yet published. Visitors see nothing until you publish.</source>
            <translation>Kioskens egna sidor, ritade av det du har skrivit men inte publicerat än. Besökarna ser ingenting förrän du publicerar.</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Sida</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Textstorlek</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Färger</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Skärm</translation>
        </message>
        <message>
            <source>Normal (A)</source>
            <translation>Normal (A)</translation>
        </message>
        <message>
            <source>Larger (A+)</source>
            <translation>Större (A+)</translation>
        </message>
        <message>
            <source>Largest (A++)</source>
            <translation>Största (A++)</translation>
        </message>
        <message>
            <source>Normal colours</source>
            <translation>Vanliga färger</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hög kontrast</translation>
        </message>
        <message>
            <source>Wide screen 1920 × 1080</source>
            <translation>Bred skärm 1920 × 1080</translation>
        </message>
        <message>
            <source>Small screen 1366 × 768</source>
            <translation>Liten skärm 1366 × 768</translation>
        </message>
        <message>
            <source>Standing screen 1080 × 1920</source>
            <translation>Stående skärm 1080 × 1920</translation>
        </message>
        <message>
            <source>Draw again</source>
            <translation>Rita igen</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Startsida</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <source>What's on</source>
            <translation>Vad händer</translation>
        </message>
        <message>
            <source>Tourist information</source>
            <translation>Turistinformation</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <source>About the service point</source>
            <translation>Om servicepunkten</translation>
        </message>
        <message>
            <source>Screen saver</source>
            <translation>Skärmsläckare</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Undo the last publication</source>
            <translation>Ångra senaste publiceringen</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicera</translation>
        </message>
        <message>
            <source>The kiosks will show again what the publication before the last one showed. It is published as a new version.</source>
            <translation>Kioskerna visar igen det som publiceringen före den senaste visade. Det publiceras som en ny version.</translation>
        </message>
        <message>
            <source>Everything in the source folder is checked, signed and sent to:</source>
            <translation>Allt i källmappen kontrolleras, signeras och skickas till:</translation>
        </message>
        <message>
            <source>The key's password</source>
            <translation>Nyckelns lösenord</translation>
        </message>
        <message>
            <source>Upload password</source>
            <translation>Lösenord för uppladdningen</translation>
        </message>
        <message>
            <source>Undo now</source>
            <translation>Ångra nu</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Publicera nu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Checking and signing…</source>
            <translation>Kontrollerar och signerar…</translation>
        </message>
        <message>
            <source>Sending file %1 of %2…</source>
            <translation>Skickar fil %1 av %2…</translation>
        </message>
    </context>
    <context>
        <name>PublisherForm</name>
        <message>
            <source>Notices</source>
            <translation>Meddelanden</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Evenemang</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Platser</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-tjänster</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Broschyrer</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Servicepunkter</translation>
        </message>
        <message>
            <source>Shown from</source>
            <translation>Visas från</translation>
        </message>
        <message>
            <source>from the day</source>
            <translation>från och med</translation>
        </message>
        <message>
            <source>Shown until</source>
            <translation>Visas till</translation>
        </message>
        <message>
            <source>until and including</source>
            <translation>till och med</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Gata</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Important (red)</source>
            <translation>Viktigt (rött)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Upprepas inte</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Varje vecka</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Varannan vecka</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Varje månad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Upprepas</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Webbsida</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>In short</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öppettider</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Vad den är till för</translation>
        </message>
        <message>
            <source>May also open</source>
            <translation>Får också öppna</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF-fil</translation>
        </message>
        <message>
            <source>Cover picture</source>
            <translation>Omslagsbild</translation>
        </message>
        <message>
            <source>Public computer with internet</source>
            <translation>Dator med internet för allmänheten</translation>
        </message>
        <message>
            <source>Café corner</source>
            <translation>Caféhörna</translation>
        </message>
        <message>
            <source>Tourist information and brochures</source>
            <translation>Turistinformation och broschyrer</translation>
        </message>
        <message>
            <source>At least three activities a year</source>
            <translation>Minst tre aktiviteter om året</translation>
        </message>
        <message>
            <source>Grocery home delivery</source>
            <translation>Hemleverans av dagligvaror</translation>
        </message>
        <message>
            <source>Name of the shop</source>
            <translation>Butikens namn</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Uppfyllda kriterier</translation>
        </message>
        <message>
            <source>About the café</source>
            <translation>Om caféet</translation>
        </message>
        <message>
            <source>About home delivery</source>
            <translation>Om hemleveransen</translation>
        </message>
        <message>
            <source>Home delivery telephone</source>
            <translation>Telefon för hemleverans</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Natur</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Praktiskt</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation>Hälsa och vård</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Trygghetspunkter</translation>
        </message>
        <message>
            <source>Food and café</source>
            <translation>Mat och café</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Boende</translation>
        </message>
        <message>
            <source>Taxes and money</source>
            <translation>Skatt och ekonomi</translation>
        </message>
        <message>
            <source>Work and studies</source>
            <translation>Arbete och studier</translation>
        </message>
        <message>
            <source>Social insurance and pensions</source>
            <translation>Socialförsäkring och pension</translation>
        </message>
        <message>
            <source>Travel and traffic</source>
            <translation>Resor och trafik</translation>
        </message>
        <message>
            <source>Safety and emergencies</source>
            <translation>Säkerhet och kriser</translation>
        </message>
        <message>
            <source>Days that differ</source>
            <translation>Avvikande öppettider</translation>
        </message>
    </context>
    <context>
        <name>PublisherWindow</name>
        <message>
            <source>Service point kiosks – publishing</source>
            <translation>Servicepunkternas kiosker – publicering</translation>
        </message>
        <message>
            <source>Content for the service points' kiosks</source>
            <translation>Innehåll för servicepunkternas kiosker</translation>
        </message>
        <message>
            <source>Source folder: %1</source>
            <translation>Källmapp: %1</translation>
        </message>
        <message>
            <source>No source folder is open yet.</source>
            <translation>Ingen källmapp är öppen än.</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Öppna mapp…</translation>
        </message>
        <message>
            <source>New folder…</source>
            <translation>Ny mapp…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Inställningar…</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicera</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsvisning</translation>
        </message>
        <message>
            <source>Publications</source>
            <translation>Publiceringar</translation>
        </message>
        <message>
            <source>The shops' events</source>
            <translation>Butikernas evenemang</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Servicepunkter</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Spara rapporten</translation>
        </message>
        <message>
            <source>Open the source folder</source>
            <translation>Öppna källmappen</translation>
        </message>
        <message>
            <source>An empty folder for the content</source>
            <translation>En tom mapp för innehållet</translation>
        </message>
        <message>
            <source>New source folder</source>
            <translation>Ny källmapp</translation>
        </message>
        <message>
            <source>The municipality's name:</source>
            <translation>Kommunens namn:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete this item? Kiosks keep showing it until you publish.</source>
            <translation>Ta bort det här? Kioskerna visar det tills du publicerar.</translation>
        </message>
    </context>
    <context>
        <name>ShopEventsPanel</name>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Vart laddar kioskerna upp?</translation>
        </message>
        <message>
            <source>Read the shops' events</source>
            <translation>Läs in butikernas evenemang</translation>
        </message>
        <message>
            <source>The shop owners' events come with the kiosks' uploads. Write where the kiosks upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Butiksägarnas evenemang kommer med kioskernas uppladdningar. Skriv i rutan ovan vart kioskerna laddar upp (samma adress som upload_url i kioskernas inställningar) och läs in dem.</translation>
        </message>
        <message>
            <source>repeats</source>
            <translation>upprepas</translation>
        </message>
        <message>
            <source>No shop has posted any upcoming event.</source>
            <translation>Ingen butik har lagt upp något kommande evenemang.</translation>
        </message>
        <message>
            <source>Events the shops have posted</source>
            <translation>Evenemang som butikerna har lagt upp</translation>
        </message>
        <message>
            <source>Shop owners post their own events on their kiosk; they show there only. Choose one and press the button to show it on every service point's kiosk too.</source>
            <translation>Butiksägarna lägger upp egna evenemang på sin kiosk, och de visas bara där. Välj ett och tryck på knappen för att visa det på alla servicepunkters kiosker också.</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Kioskerna laddar upp till</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Uppdatera</translation>
        </message>
        <message>
            <source>Show at all service points</source>
            <translation>Visa på alla servicepunkter</translation>
        </message>
    </context>
    <context>
        <name>AlertTakeover</name>
        <message>
            <source>Important public announcement</source>
            <translation>Viktigt meddelande till allmänheten</translation>
        </message>
        <message>
            <source>Message from the municipality</source>
            <translation>Meddelande från kommunen</translation>
        </message>
        <message>
            <source>Last checked at %1</source>
            <translation>Senast kontrollerat kl. %1</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>Jag har läst</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Källa: %1</translation>
        </message>
        <message>
            <source>Sent %1</source>
            <translation>Skickat %1</translation>
        </message>
        <message>
            <source>Valid until %1</source>
            <translation>Gäller till %1</translation>
        </message>
        <message>
            <source>What you should do</source>
            <translation>Det här ska du göra</translation>
        </message>
    </context>
    <context>
        <name>AlertStrip</name>
        <message>
            <source>%1 – touch to read</source>
            <translation>%1 – tryck för att läsa</translation>
        </message>
        <message>
            <source>Could not check for warnings since %1 – listen to Sveriges Radio P4</source>
            <translation>Har inte kunnat kontrollera varningar sedan kl. %1 – lyssna på Sveriges Radio P4</translation>
        </message>
        <message>
            <source>Red warning</source>
            <translation>Röd varning</translation>
        </message>
        <message>
            <source>Orange warning</source>
            <translation>Orange varning</translation>
        </message>
        <message>
            <source>Yellow warning</source>
            <translation>Gul varning</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>till %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Källa: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertScreen</name>
        <message>
            <source>If the power fails</source>
            <translation>Om strömmen går</translation>
        </message>
        <message>
            <source>last checked at %1</source>
            <translation>senast kontrollerat kl. %1</translation>
        </message>
        <message>
            <source>could not check since %1</source>
            <translation>har inte kunnat kontrollera sedan kl. %1</translation>
        </message>
        <message>
            <source>shown now: %1</source>
            <translation>visas nu: %1</translation>
        </message>
        <message>
            <source>held back: %1 test or exercise alerts</source>
            <translation>hålls tillbaka: %1 test- eller övningsmeddelanden</translation>
        </message>
    </context>
    <context>
        <name>EmergencyPage</name>
        <message>
            <source>If the power or the mobile network fails</source>
            <translation>Om strömmen eller mobilnätet går</translation>
        </message>
        <message>
            <source>This page works without internet.</source>
            <translation>Den här sidan fungerar utan internet.</translation>
        </message>
        <message>
            <source>Emergency: police, ambulance, fire and rescue. Works from any mobile phone.</source>
            <translation>Nödsamtal: polis, ambulans och räddningstjänst. Fungerar från alla mobiltelefoner.</translation>
        </message>
        <message>
            <source>Information about serious accidents and crises.</source>
            <translation>Information om allvarliga olyckor och kriser.</translation>
        </message>
        <message>
            <source>Health advice around the clock.</source>
            <translation>Sjukvårdsrådgivning dygnet runt.</translation>
        </message>
        <message>
            <source>Listen to Sveriges Radio P4</source>
            <translation>Lyssna på Sveriges Radio P4</translation>
        </message>
        <message>
            <source>Important public announcements (VMA) come on the radio first. A battery radio or a car radio works without power.</source>
            <translation>Viktiga meddelanden till allmänheten (VMA) kommer först på radion. En batteriradio eller bilradio fungerar utan ström.</translation>
        </message>
        <message>
            <source>Crisis meeting points</source>
            <translation>Trygghetspunkter</translation>
        </message>
        <message>
            <source>When power or telecoms fail for long, the municipality opens trygghetspunkter: information, water, warmth and phone charging.</source>
            <translation>När strömmen eller telefonin är borta länge öppnar kommunen trygghetspunkter med information, vatten, värme och laddning av telefoner.</translation>
        </message>
        <message>
            <source>Ask the municipality or listen to the radio where to go.</source>
            <translation>Fråga kommunen eller lyssna på radion vart du ska gå.</translation>
        </message>
        <message>
            <source>Nearest heart defibrillator</source>
            <translation>Närmaste hjärtstartare</translation>
        </message>
        <message>
            <source>Less than 1 km from here</source>
            <translation>Mindre än 1 km härifrån</translation>
        </message>
        <message>
            <source>%1 km from here</source>
            <translation>%1 km härifrån</translation>
        </message>
    </context>
    <context>
        <name>OwnerView</name>
        <message>
            <location filename="../../kiosk/ui/owner/view.py" line="1" />
            <source>The disk is full: nothing new can be saved until there is room again.</source>
            <translation>Disken är full: inget nytt kan sparas förrän det finns plats igen.</translation>
        </message>
    </context>
    <context>
        <name>SpecialDayRow</name>
        <message>
            <source>Closed</source>
            <translation>Stängt</translation>
        </message>
        <message>
            <source>What the day is, e.g. Julafton</source>
            <translation>Vad dagen är, t.ex. julafton eller inventering</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>through</source>
            <translation>till och med</translation>
        </message>
    </context>
    <context>
        <name>SpecialHoursField</name>
        <message>
            <source>Swedish public holidays, midsommarafton, julafton and nyårsafton are closed by themselves. Add the days that differ, e.g. open 10–14 on julafton.</source>
            <translation>Röda dagar, midsommarafton, julafton och nyårsafton är stängda av sig själva. Lägg till de dagar som avviker, t.ex. öppet 10–14 på julafton.</translation>
        </message>
        <message>
            <source>Add a day that differs</source>
            <translation>Lägg till en avvikande dag</translation>
        </message>
    </context>
    <context>
        <name>UnsavedQuestion</name>
        <message>
            <source>You have changes that are not saved.</source>
            <translation>Du har ändringar som inte är sparade.</translation>
        </message>
        <message>
            <source>Go on editing</source>
            <translation>Fortsätt ändra</translation>
        </message>
        <message>
            <source>Throw the changes away</source>
            <translation>Släng ändringarna</translation>
        </message>
    </context>
    <context>
        <name>StartView</name>
        <message>
            <source>Create a new folder…</source>
            <translation>Skapa en ny mapp…</translation>
        </message>
        <message>
            <source>Open the source folder…</source>
            <translation>Öppna källmappen…</translation>
        </message>
        <message>
            <source>Everything the kiosks show (notices, events, places, e-services, brochures and the service points themselves) is kept in one folder, on this computer or on a shared drive. Open that folder if you or a colleague have made it. The first time, create a new, empty folder.</source>
            <translation>Allt som kioskerna visar (meddelanden, evenemang, platser, e-tjänster, broschyrer och själva servicepunkterna) sparas i en mapp, på den här datorn eller på en delad disk. Öppna den mappen om du eller en kollega redan har gjort den. Första gången skapar du en ny, tom mapp.</translation>
        </message>
        <message>
            <source>Start by opening the source folder</source>
            <translation>Börja med att öppna källmappen</translation>
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>More (%1)</source>
            <translation>Fler (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>Fewer</source>
            <translation>Färre</translation>
        </message>
    </context>
</TS>
