<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="59"/>
        <source>Public computer with internet</source>
        <translation>Dator med internet för allmänheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>Café corner</source>
        <translation>Fikahörna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="61"/>
        <source>Tourist information and brochures</source>
        <translation>Turistinformation och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="62"/>
        <source>Activities during the year</source>
        <translation>Aktiviteter under året</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Grocery home delivery</source>
        <translation>Hemleverans av dagligvaror</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="75"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="79"/>
        <source>Service point in %1</source>
        <translation>Servicepunkt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="81"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>exempel: en påhittad butik i demoinnehållet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="84"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="91"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="92"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="93"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="99"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="118"/>
        <source>Here you can get</source>
        <translation>Här finns</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="131"/>
        <source>not here</source>
        <translation>finns inte här</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="140"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="146"/>
        <source>Home delivery</source>
        <translation>Hemleverans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="149"/>
        <source>Order by phone: %1</source>
        <translation>Beställ per telefon: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="457"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="458"/>
        <source>Read here or take them along on your phone</source>
        <translation>Läs här eller ta med dem i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="476"/>
        <source>Brochure</source>
        <translation>Broschyr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="480"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <location filename="../../kiosk/ui/browser/panel.py" line="60"/>
        <source>Scan to continue on your phone</source>
        <translation>Skanna för att fortsätta i mobilen</translation>
    </message>
</context>
<context>
    <name>BrowserWidget</name>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="41"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="42"/>
        <location filename="../../kiosk/ui/browser/widget.py" line="142"/>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="43"/>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="44"/>
        <source>Reload</source>
        <translation>Ladda om</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="45"/>
        <source>End session</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="137"/>
        <source>This e-service needs the internet</source>
        <translation>Den här e-tjänsten kräver internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="139"/>
        <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
        <translation>Det finns ingen internetuppkoppling här just nu. Skanna koden för att öppna %1 i mobilen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="177"/>
        <source>This page is outside %1</source>
        <translation>Den här sidan ligger utanför %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="179"/>
        <source>On this computer you can only use %1. Scan the code to continue on your phone.</source>
        <translation>På den här datorn kan du bara använda %1. Skanna koden för att fortsätta i mobilen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="181"/>
        <location filename="../../kiosk/ui/browser/widget.py" line="191"/>
        <source>Back to %1</source>
        <translation>Tillbaka till %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="189"/>
        <source>Files cannot be downloaded here</source>
        <translation>Filer kan inte laddas ner här</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="190"/>
        <source>Scan the code to get the file on your phone.</source>
        <translation>Skanna koden för att få filen i mobilen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>The page says</source>
        <translation>Sidan säger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="211"/>
        <source>The page could not be opened right now</source>
        <translation>Sidan kunde inte öppnas just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="212"/>
        <source>The kiosk tries again by itself every 30 seconds.</source>
        <translation>Datorn försöker igen av sig själv var 30:e sekund.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="213"/>
        <source>Try again now</source>
        <translation>Försök igen nu</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown.py" line="75"/>
        <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
        <translation>
            <numerusform>Ditt besök avslutas om %n sekund. Allt du har gjort här raderas.</numerusform>
            <numerusform>Ditt besök avslutas om %n sekunder. Allt du har gjort här raderas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="84"/>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="85"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Ja, jag är kvar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="86"/>
        <source>End my visit now</source>
        <translation>Avsluta mitt besök nu</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="230"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="231"/>
        <source>Markets</source>
        <translation>Marknader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="232"/>
        <source>Sports</source>
        <translation>Idrott</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="233"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="234"/>
        <source>For families</source>
        <translation>För familjen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="235"/>
        <source>Outdoors</source>
        <translation>Friluftsliv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="236"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="237"/>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="238"/>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="271"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here in %1</source>
        <translation>Här i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="289"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="292"/>
        <source>Events at %1 and nearby</source>
        <translation>Evenemang i %1 med omnejd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="294"/>
        <source>Events nearby</source>
        <translation>Evenemang i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Tomorrow</source>
        <translation>I morgon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="313"/>
        <source>all day</source>
        <translation>hela dagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="315"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="331"/>
        <source>This week (week %1)</source>
        <translation>Den här veckan (vecka %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="332"/>
        <source>Week %1</source>
        <translation>Vecka %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="342"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="346"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="348"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="350"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="354"/>
        <source>Scan to add to your phone&apos;s calendar</source>
        <translation>Skanna för att lägga in i mobilens kalender</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="356"/>
        <source>Scan to read more on your phone</source>
        <translation>Skanna för att läsa mer i mobilen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="89"/>
        <source>example service point</source>
        <translation>exempel på servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="92"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="101"/>
        <source>No content loaded yet</source>
        <translation>Inget innehåll har hämtats än</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>Updated today at %1</source>
        <translation>Uppdaterad i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="109"/>
        <source>Updated yesterday at %1</source>
        <translation>Uppdaterad i går kl. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="111"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Uppdaterad för %n dag sedan</numerusform>
            <numerusform>Uppdaterad för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>No internet connection</source>
        <translation>Ingen internetuppkoppling</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="120"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Sök platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="121"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>Events here and nearby</source>
        <translation>Evenemang här och i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Natur, kultur, mat och boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="131"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="132"/>
        <source>Needs internet: no connection right now</source>
        <translation>Kräver internet – uppkopplingen ligger nere just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="134"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Kommun, vård, myndigheter och bussar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Read here or take them along</source>
        <translation>Läs här eller ta med dem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="141"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Öppettider, kafé, hemleverans och kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="143"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Öppettider, kafé, hemleverans och kontakt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="165"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
        <source>No upcoming events right now</source>
        <translation>Inga kommande evenemang just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
        <source>See all events →</source>
        <translation>Se alla evenemang →</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="101"/>
        <location filename="../../kiosk/ui/navbar.py" line="104"/>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="102"/>
        <location filename="../../kiosk/ui/navbar.py" line="105"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="103"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="106"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Largest text</source>
        <translation>Störst text</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="26"/>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="27"/>
        <source>Messages from the municipality and the service point</source>
        <translation>Meddelanden från kommunen och servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="35"/>
        <source>There are no notices right now.</source>
        <translation>Inga meddelanden just nu.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="95"/>
        <source>Nature</source>
        <translation>Natur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="97"/>
        <source>Food and café</source>
        <translation>Mat och kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Stay</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="99"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Practical</source>
        <translation>Praktiskt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="116"/>
        <source>Places to see and things to do nearby</source>
        <translation>Sevärdheter och aktiviteter i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="141"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="146"/>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="148"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="150"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="155"/>
        <source>Scan to open the website on your phone</source>
        <translation>Skanna för att öppna webbplatsen i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="173"/>
        <source>Open now until %1</source>
        <translation>Öppet nu till %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="174"/>
        <source>Opens today at %1</source>
        <translation>Öppnar i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="175"/>
        <source>Closed for the rest of today</source>
        <translation>Stängt resten av dagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>Closed today</source>
        <translation>Stängt i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="179"/>
        <source>Closed today (%1)</source>
        <translation>Stängt i dag (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="181"/>
        <source>Open around the clock</source>
        <translation>Öppet dygnet runt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="198"/>
        <source>Around the clock, every day</source>
        <translation>Dygnet runt, alla dagar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="204"/>
        <source>Less than 1 km from here (as the crow flies)</source>
        <translation>Mindre än 1 km härifrån (fågelvägen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="205"/>
        <source>%1 km from here (as the crow flies)</source>
        <translation>%1 km härifrån (fågelvägen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="153"/>
        <source>Scan to open the map on your phone</source>
        <translation>Skanna för att öppna kartan i mobilen</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="175"/>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="176"/>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="177"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="178"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="179"/>
        <location filename="../../kiosk/ui/pages/reader.py" line="186"/>
        <source>Fit to width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="187"/>
        <source>This brochure cannot be shown right now</source>
        <translation>Den här broschyren kan inte visas just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="188"/>
        <source>Brochure</source>
        <translation>Broschyr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="189"/>
        <source>Brochure pages</source>
        <translation>Broschyrens sidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="194"/>
        <source>Swipe to turn the pages, or use the buttons below</source>
        <translation>Svep för att bläddra, eller använd knapparna nedanför</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="209"/>
        <source>Scan to get the brochure on your phone</source>
        <translation>Skanna för att få broschyren i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="217"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <location filename="../../kiosk/ui/pages/search.py" line="62"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="61"/>
        <source>Type what you are looking for</source>
        <translation>Skriv vad du letar efter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="77"/>
        <source>No results for “%1”</source>
        <translation>Inga träffar för ”%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="86"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="97"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="110"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="121"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="387"/>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="388"/>
        <source>Health and care</source>
        <translation>Hälsa och vård</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="389"/>
        <source>Taxes and money</source>
        <translation>Skatt och ekonomi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="390"/>
        <source>Work and studies</source>
        <translation>Arbete och studier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="391"/>
        <source>Social insurance and pensions</source>
        <translation>Socialförsäkring och pension</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="392"/>
        <source>Travel and traffic</source>
        <translation>Resor och trafik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="393"/>
        <source>Safety and emergencies</source>
        <translation>Säkerhet och kriser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="398"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="401"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Ingen internetuppkoppling just nu – skanna koden och fortsätt i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="403"/>
        <source>Municipal and national services on the web</source>
        <translation>Kommunala och statliga tjänster på nätet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="419"/>
        <source>Needs internet</source>
        <translation>Kräver internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="437"/>
        <source>Address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="439"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Skanna för att öppna %1 i mobilen</translation>
    </message>
</context>
</TS>
