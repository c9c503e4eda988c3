<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="59"/>
        <source>Public computer with internet</source>
        <translation>Öffentlicher Computer mit Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>Café corner</source>
        <translation>Café-Ecke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="61"/>
        <source>Tourist information and brochures</source>
        <translation>Touristeninformation und Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="62"/>
        <source>Activities during the year</source>
        <translation>Aktivitäten im Laufe des Jahres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Grocery home delivery</source>
        <translation>Lebensmittellieferung nach Hause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="75"/>
        <source>About this service point</source>
        <translation>Über diesen Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="79"/>
        <source>Service point in %1</source>
        <translation>Servicepunkt in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="81"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>Beispiel: ein erfundener Laden aus den Demodaten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="84"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="91"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="92"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="93"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="99"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="118"/>
        <source>Here you can get</source>
        <translation>Das gibt es hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="131"/>
        <source>not here</source>
        <translation>gibt es hier nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="140"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="146"/>
        <source>Home delivery</source>
        <translation>Lieferservice</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="149"/>
        <source>Order by phone: %1</source>
        <translation>Telefonisch bestellen: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="457"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="458"/>
        <source>Read here or take them along on your phone</source>
        <translation>Hier lesen oder aufs Handy mitnehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="476"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="480"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <location filename="../../kiosk/ui/browser/panel.py" line="60"/>
        <source>Scan to continue on your phone</source>
        <translation>Scannen, um auf dem Handy weiterzumachen</translation>
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
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="43"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="44"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="45"/>
        <source>End session</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="137"/>
        <source>This e-service needs the internet</source>
        <translation>Dieser Online-Dienst braucht Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="139"/>
        <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
        <translation>Hier gibt es gerade keine Internetverbindung. Scannen Sie den Code, um %1 auf Ihrem Handy zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="177"/>
        <source>This page is outside %1</source>
        <translation>Diese Seite liegt außerhalb von %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="179"/>
        <source>On this computer you can only use %1. Scan the code to continue on your phone.</source>
        <translation>An diesem Computer können Sie nur %1 nutzen. Scannen Sie den Code, um auf dem Handy weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="181"/>
        <location filename="../../kiosk/ui/browser/widget.py" line="191"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="189"/>
        <source>Files cannot be downloaded here</source>
        <translation>Hier können keine Dateien heruntergeladen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="190"/>
        <source>Scan the code to get the file on your phone.</source>
        <translation>Scannen Sie den Code, um die Datei aufs Handy zu holen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>The page says</source>
        <translation>Die Seite meldet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="211"/>
        <source>The page could not be opened right now</source>
        <translation>Die Seite konnte gerade nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="212"/>
        <source>The kiosk tries again by itself every 30 seconds.</source>
        <translation>Der Computer versucht es alle 30 Sekunden von selbst erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="213"/>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown.py" line="75"/>
        <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
        <translation>
            <numerusform>Ihr Besuch endet in %n Sekunde. Alles, was Sie hier getan haben, wird gelöscht.</numerusform>
            <numerusform>Ihr Besuch endet in %n Sekunden. Alles, was Sie hier getan haben, wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="84"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="85"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Ja, ich bin noch da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="86"/>
        <source>End my visit now</source>
        <translation>Besuch jetzt beenden</translation>
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
        <translation>Märkte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="232"/>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="233"/>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="234"/>
        <source>For families</source>
        <translation>Für Familien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="235"/>
        <source>Outdoors</source>
        <translation>Draußen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="236"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="237"/>
        <source>Food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="238"/>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="271"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here in %1</source>
        <translation>Hier in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="289"/>
        <source>What&apos;s on</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="292"/>
        <source>Events at %1 and nearby</source>
        <translation>Veranstaltungen in %1 und Umgebung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="294"/>
        <source>Events nearby</source>
        <translation>Veranstaltungen in der Nähe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="313"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="315"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="331"/>
        <source>This week (week %1)</source>
        <translation>Diese Woche (KW %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="332"/>
        <source>Week %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="342"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="346"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="348"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="350"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="354"/>
        <source>Scan to add to your phone&apos;s calendar</source>
        <translation>Scannen, um den Termin in den Handykalender zu übernehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="356"/>
        <source>Scan to read more on your phone</source>
        <translation>Zum Weiterlesen auf dem Handy scannen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="89"/>
        <source>example service point</source>
        <translation>Beispiel-Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="92"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="101"/>
        <source>No content loaded yet</source>
        <translation>Noch keine Inhalte geladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>Updated today at %1</source>
        <translation>Heute um %1 Uhr aktualisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="109"/>
        <source>Updated yesterday at %1</source>
        <translation>Gestern um %1 Uhr aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="111"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag aktualisiert</numerusform>
            <numerusform>Vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>No internet connection</source>
        <translation>Keine Internetverbindung</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="120"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="121"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>What&apos;s on</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>Events here and nearby</source>
        <translation>Veranstaltungen hier und in der Umgebung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Tourist information</source>
        <translation>Touristeninformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Natur, Kultur, Essen und Unterkünfte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="131"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="132"/>
        <source>Needs internet: no connection right now</source>
        <translation>Braucht Internet – gerade keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="134"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Gemeinde, Gesundheit, Behörden und Busse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Read here or take them along</source>
        <translation>Hier lesen oder mitnehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>About this service point</source>
        <translation>Über diesen Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="141"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Öffnungszeiten, Café, Lieferservice und Kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="143"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Öffnungszeiten, Café, Lieferservice und Kontakt in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="165"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
        <source>No upcoming events right now</source>
        <translation>Zurzeit keine anstehenden Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
        <source>See all events →</source>
        <translation>Alle Veranstaltungen →</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="101"/>
        <location filename="../../kiosk/ui/navbar.py" line="104"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="102"/>
        <location filename="../../kiosk/ui/navbar.py" line="105"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="103"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="106"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Normal text size</source>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Largest text</source>
        <translation>Größter Text</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="26"/>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="27"/>
        <source>Messages from the municipality and the service point</source>
        <translation>Mitteilungen der Gemeinde und des Servicepunkts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="35"/>
        <source>There are no notices right now.</source>
        <translation>Zurzeit gibt es keine Mitteilungen.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>All</source>
        <translation>Alle</translation>
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
        <translation>Essen und Café</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Stay</source>
        <translation>Übernachten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="99"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Practical</source>
        <translation>Praktisches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Tourist information</source>
        <translation>Touristeninformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="116"/>
        <source>Places to see and things to do nearby</source>
        <translation>Sehenswertes und Unternehmungen in der Nähe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="141"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="146"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="148"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="150"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="155"/>
        <source>Scan to open the website on your phone</source>
        <translation>Scannen, um die Website auf dem Handy zu öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="173"/>
        <source>Open now until %1</source>
        <translation>Jetzt geöffnet bis %1 Uhr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="174"/>
        <source>Opens today at %1</source>
        <translation>Öffnet heute um %1 Uhr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="175"/>
        <source>Closed for the rest of today</source>
        <translation>Heute nicht mehr geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>Closed today</source>
        <translation>Heute geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="179"/>
        <source>Closed today (%1)</source>
        <translation>Heute geschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="181"/>
        <source>Open around the clock</source>
        <translation>Rund um die Uhr geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="198"/>
        <source>Around the clock, every day</source>
        <translation>Täglich rund um die Uhr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="204"/>
        <source>Less than 1 km from here (as the crow flies)</source>
        <translation>Weniger als 1 km von hier (Luftlinie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="205"/>
        <source>%1 km from here (as the crow flies)</source>
        <translation>%1 km von hier (Luftlinie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="153"/>
        <source>Scan to open the map on your phone</source>
        <translation>Scannen, um die Karte auf dem Handy zu öffnen</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="175"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="176"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="177"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="178"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="179"/>
        <location filename="../../kiosk/ui/pages/reader.py" line="186"/>
        <source>Fit to width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="187"/>
        <source>This brochure cannot be shown right now</source>
        <translation>Diese Broschüre kann gerade nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="188"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="189"/>
        <source>Brochure pages</source>
        <translation>Seiten der Broschüre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="194"/>
        <source>Swipe to turn the pages, or use the buttons below</source>
        <translation>Wischen Sie zum Blättern oder nutzen Sie die Tasten unten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="209"/>
        <source>Scan to get the brochure on your phone</source>
        <translation>Scannen, um die Broschüre aufs Handy zu holen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="217"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <location filename="../../kiosk/ui/pages/search.py" line="62"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="61"/>
        <source>Type what you are looking for</source>
        <translation>Geben Sie ein, was Sie suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="77"/>
        <source>No results for “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="86"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="97"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="110"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="121"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="387"/>
        <source>The municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="388"/>
        <source>Health and care</source>
        <translation>Gesundheit und Pflege</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="389"/>
        <source>Taxes and money</source>
        <translation>Steuern und Finanzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="390"/>
        <source>Work and studies</source>
        <translation>Arbeit und Studium</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="391"/>
        <source>Social insurance and pensions</source>
        <translation>Sozialversicherung und Rente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="392"/>
        <source>Travel and traffic</source>
        <translation>Reisen und Verkehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="393"/>
        <source>Safety and emergencies</source>
        <translation>Sicherheit und Notfälle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="398"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="401"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Gerade keine Internetverbindung – scannen Sie den Code und machen Sie auf dem Handy weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="403"/>
        <source>Municipal and national services on the web</source>
        <translation>Dienste von Gemeinde und Staat im Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="419"/>
        <source>Needs internet</source>
        <translation>Braucht Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="437"/>
        <source>Address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="439"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Scannen, um %1 auf dem Handy zu öffnen</translation>
    </message>
</context>
</TS>
