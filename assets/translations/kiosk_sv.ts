<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="39"/>
        <source>Public computer with internet</source>
        <translation>Dator med internet för allmänheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="40"/>
        <source>Café corner</source>
        <translation>Fikahörna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="41"/>
        <source>Tourist information and brochures</source>
        <translation>Turistinformation och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="42"/>
        <source>Activities during the year</source>
        <translation>Aktiviteter under året</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="43"/>
        <source>Grocery home delivery</source>
        <translation>Hemleverans av dagligvaror</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="54"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="58"/>
        <source>Service point in %1</source>
        <translation>Servicepunkt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>exempel: en påhittad butik i demoinnehållet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="70"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="71"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="72"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="78"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="89"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="97"/>
        <source>Here you can get</source>
        <translation>Här finns</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>not here</source>
        <translation>finns inte här</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="119"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="125"/>
        <source>Home delivery</source>
        <translation>Hemleverans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="128"/>
        <source>Order by phone: %1</source>
        <translation>Beställ per telefon: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="280"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="281"/>
        <source>Read here or take them along on your phone</source>
        <translation>Läs här eller ta med dem i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="299"/>
        <source>Brochure</source>
        <translation>Broschyr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="303"/>
        <source>Languages</source>
        <translation>Språk</translation>
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
        <location filename="../../kiosk/ui/pages/lists.py" line="133"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="136"/>
        <source>Events at %1 and nearby</source>
        <translation>Evenemang i %1 med omnejd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Events nearby</source>
        <translation>Evenemang i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Tomorrow</source>
        <translation>I morgon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="154"/>
        <source>all day</source>
        <translation>hela dagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="156"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="178"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="180"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="182"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="190"/>
        <source>Scan to read more on your phone</source>
        <translation>Skanna för att läsa mer i mobilen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="95"/>
        <source>example service point</source>
        <translation>exempel på servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="98"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>No content loaded yet</source>
        <translation>Inget innehåll har hämtats än</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>Updated today at %1</source>
        <translation>Uppdaterad i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="115"/>
        <source>Updated yesterday at %1</source>
        <translation>Uppdaterad i går kl. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="117"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Uppdaterad för %n dag sedan</numerusform>
            <numerusform>Uppdaterad för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="119"/>
        <source>No internet connection</source>
        <translation>Ingen internetuppkoppling</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="87"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Sök platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="88"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>Events here and nearby</source>
        <translation>Evenemang här och i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Natur, kultur, mat och boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="102"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="103"/>
        <source>Needs internet: no connection right now</source>
        <translation>Kräver internet – uppkopplingen ligger nere just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="105"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Kommun, vård, myndigheter och bussar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Read here or take them along</source>
        <translation>Läs här eller ta med dem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="111"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="112"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Öppettider, kafé, hemleverans och kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="114"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Öppettider, kafé, hemleverans och kontakt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="136"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>No upcoming events right now</source>
        <translation>Inga kommande evenemang just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
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
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="50"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="51"/>
        <source>Nature</source>
        <translation>Natur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="52"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="53"/>
        <source>Food and café</source>
        <translation>Mat och kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="54"/>
        <source>Stay</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="55"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="56"/>
        <source>Practical</source>
        <translation>Praktiskt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="71"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="72"/>
        <source>Places to see and things to do nearby</source>
        <translation>Sevärdheter och aktiviteter i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="113"/>
        <source>Scan to open the website on your phone</source>
        <translation>Skanna för att öppna webbplatsen i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Scan to open the map on your phone</source>
        <translation>Skanna för att öppna kartan i mobilen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="57"/>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="58"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <source>Type what you are looking for</source>
        <translation>Skriv vad du letar efter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="93"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="104"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="115"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="126"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="210"/>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="211"/>
        <source>Health and care</source>
        <translation>Hälsa och vård</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="212"/>
        <source>Taxes and money</source>
        <translation>Skatt och ekonomi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="213"/>
        <source>Work and studies</source>
        <translation>Arbete och studier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="214"/>
        <source>Social insurance and pensions</source>
        <translation>Socialförsäkring och pension</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="215"/>
        <source>Travel and traffic</source>
        <translation>Resor och trafik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="216"/>
        <source>Safety and emergencies</source>
        <translation>Säkerhet och kriser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="221"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="224"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Ingen internetuppkoppling just nu – skanna koden och fortsätt i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="226"/>
        <source>Municipal and national services on the web</source>
        <translation>Kommunala och statliga tjänster på nätet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="242"/>
        <source>Needs internet</source>
        <translation>Kräver internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="260"/>
        <source>Address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="262"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Skanna för att öppna %1 i mobilen</translation>
    </message>
</context>
</TS>
