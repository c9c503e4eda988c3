<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="44"/>
        <source>Public computer with internet</source>
        <translation>Dator med internet för allmänheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="45"/>
        <source>Café corner</source>
        <translation>Fikahörna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="46"/>
        <source>Tourist information and brochures</source>
        <translation>Turistinformation och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="47"/>
        <source>Activities during the year</source>
        <translation>Aktiviteter under året</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="48"/>
        <source>Grocery home delivery</source>
        <translation>Hemleverans av dagligvaror</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="59"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Service point in %1</source>
        <translation>Servicepunkt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="65"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>exempel: en påhittad butik i demoinnehållet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="68"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="75"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="76"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="77"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="83"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="94"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="102"/>
        <source>Here you can get</source>
        <translation>Här finns</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="112"/>
        <source>not here</source>
        <translation>finns inte här</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="120"/>
        <source>Café</source>
        <translation>Kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="124"/>
        <source>Home delivery</source>
        <translation>Hemleverans</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="127"/>
        <source>Order by phone: %1</source>
        <translation>Beställ per telefon: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="251"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="252"/>
        <source>Read here or take them along on your phone</source>
        <translation>Läs här eller ta med dem i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="270"/>
        <source>Brochure</source>
        <translation>Broschyr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown.py" line="65"/>
        <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
        <translation>
            <numerusform>Ditt besök avslutas om %n sekund. Allt du har gjort här raderas.</numerusform>
            <numerusform>Ditt besök avslutas om %n sekunder. Allt du har gjort här raderas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="71"/>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="72"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Ja, jag är kvar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="73"/>
        <source>End my visit now</source>
        <translation>Avsluta mitt besök nu</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="127"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="130"/>
        <source>Events at %1 and nearby</source>
        <translation>Evenemang i %1 med omnejd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="130"/>
        <source>Events nearby</source>
        <translation>Evenemang i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="140"/>
        <source>Tomorrow</source>
        <translation>I morgon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>All day</source>
        <translation>Hela dagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="145"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="171"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="163"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="165"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="167"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="169"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="171"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="177"/>
        <source>Scan to read more on your phone</source>
        <translation>Skanna för att läsa mer i mobilen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="85"/>
        <source>example service point</source>
        <translation>exempel på servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="88"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="97"/>
        <source>No content loaded yet</source>
        <translation>Inget innehåll har hämtats än</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="101"/>
        <source>Updated today at %1</source>
        <translation>Uppdaterad i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="103"/>
        <source>Updated yesterday at %1</source>
        <translation>Uppdaterad i går kl. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="104"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Uppdaterad för %n dag sedan</numerusform>
            <numerusform>Uppdaterad för %n dagar sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="83"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Sök platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="84"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="93"/>
        <source>What&apos;s on</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="93"/>
        <source>Events here and nearby</source>
        <translation>Evenemang här och i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="95"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="95"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Natur, kultur, mat och boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="98"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="98"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Kommun, vård, myndigheter och bussar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="100"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="100"/>
        <source>Read here or take them along</source>
        <translation>Läs här eller ta med dem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="102"/>
        <source>About this service point</source>
        <translation>Om servicepunkten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="103"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Öppettider, kafé, hemleverans och kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="105"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Öppettider, kafé, hemleverans och kontakt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="122"/>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>No upcoming events right now</source>
        <translation>Inga kommande evenemang just nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>See all events →</source>
        <translation>Se alla evenemang →</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="94"/>
        <location filename="../../kiosk/ui/navbar.py" line="97"/>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="95"/>
        <location filename="../../kiosk/ui/navbar.py" line="98"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="96"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="99"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="100"/>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="100"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="100"/>
        <source>Largest text</source>
        <translation>Störst text</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="48"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="49"/>
        <source>Nature</source>
        <translation>Natur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="50"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="51"/>
        <source>Food and café</source>
        <translation>Mat och kafé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="52"/>
        <source>Stay</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="53"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="54"/>
        <source>Practical</source>
        <translation>Praktiskt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="69"/>
        <source>Tourist information</source>
        <translation>Turistinformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="70"/>
        <source>Places to see and things to do nearby</source>
        <translation>Sevärdheter och aktiviteter i närheten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="92"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="111"/>
        <source>Scan to open the website on your phone</source>
        <translation>Skanna för att öppna webbplatsen i mobilen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="111"/>
        <source>Scan to open the map on your phone</source>
        <translation>Skanna för att öppna kartan i mobilen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="45"/>
        <location filename="../../kiosk/ui/pages/search.py" line="48"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="46"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Platser, evenemang, e-tjänster och broschyrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="47"/>
        <source>Type what you are looking for</source>
        <translation>Skriv vad du letar efter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="68"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="69"/>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="70"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="71"/>
        <source>Brochures</source>
        <translation>Broschyrer</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="194"/>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="195"/>
        <source>Health and care</source>
        <translation>Hälsa och vård</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="196"/>
        <source>Taxes and money</source>
        <translation>Skatt och ekonomi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="197"/>
        <source>Work and studies</source>
        <translation>Arbete och studier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="198"/>
        <source>Social insurance and pensions</source>
        <translation>Socialförsäkring och pension</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="199"/>
        <source>Travel and traffic</source>
        <translation>Resor och trafik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="200"/>
        <source>Safety and emergencies</source>
        <translation>Säkerhet och kriser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="205"/>
        <source>E-services</source>
        <translation>E-tjänster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="206"/>
        <source>Municipal and national services on the web</source>
        <translation>Kommunala och statliga tjänster på nätet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="233"/>
        <source>Address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="235"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Skanna för att öppna %1 i mobilen</translation>
    </message>
</context>
</TS>
