<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="39"/>
        <source>Public computer with internet</source>
        <translation>Öffentlicher Computer mit Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="40"/>
        <source>Café corner</source>
        <translation>Café-Ecke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="41"/>
        <source>Tourist information and brochures</source>
        <translation>Touristeninformation und Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="42"/>
        <source>Activities during the year</source>
        <translation>Aktivitäten im Laufe des Jahres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="43"/>
        <source>Grocery home delivery</source>
        <translation>Lebensmittellieferung nach Hause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="54"/>
        <source>About this service point</source>
        <translation>Über diesen Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="58"/>
        <source>Service point in %1</source>
        <translation>Servicepunkt in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>Beispiel: ein erfundener Laden aus den Demodaten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="70"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="71"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="72"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="78"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="89"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="97"/>
        <source>Here you can get</source>
        <translation>Das gibt es hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>not here</source>
        <translation>gibt es hier nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="119"/>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="125"/>
        <source>Home delivery</source>
        <translation>Lieferservice</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="128"/>
        <source>Order by phone: %1</source>
        <translation>Telefonisch bestellen: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="280"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="281"/>
        <source>Read here or take them along on your phone</source>
        <translation>Hier lesen oder aufs Handy mitnehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="299"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="303"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
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
        <location filename="../../kiosk/ui/pages/lists.py" line="133"/>
        <source>What&apos;s on</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="136"/>
        <source>Events at %1 and nearby</source>
        <translation>Veranstaltungen in %1 und Umgebung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Events nearby</source>
        <translation>Veranstaltungen in der Nähe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="154"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="156"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="178"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="180"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="182"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="190"/>
        <source>Scan to read more on your phone</source>
        <translation>Zum Weiterlesen auf dem Handy scannen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="95"/>
        <source>example service point</source>
        <translation>Beispiel-Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="98"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>No content loaded yet</source>
        <translation>Noch keine Inhalte geladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>Updated today at %1</source>
        <translation>Heute um %1 Uhr aktualisiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="115"/>
        <source>Updated yesterday at %1</source>
        <translation>Gestern um %1 Uhr aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="117"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag aktualisiert</numerusform>
            <numerusform>Vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="119"/>
        <source>No internet connection</source>
        <translation>Keine Internetverbindung</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="87"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="88"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>What&apos;s on</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>Events here and nearby</source>
        <translation>Veranstaltungen hier und in der Umgebung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Tourist information</source>
        <translation>Touristeninformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Natur, Kultur, Essen und Unterkünfte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="102"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="103"/>
        <source>Needs internet: no connection right now</source>
        <translation>Braucht Internet – gerade keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="105"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Gemeinde, Gesundheit, Behörden und Busse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Read here or take them along</source>
        <translation>Hier lesen oder mitnehmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="111"/>
        <source>About this service point</source>
        <translation>Über diesen Servicepunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="112"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Öffnungszeiten, Café, Lieferservice und Kontakt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="114"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Öffnungszeiten, Café, Lieferservice und Kontakt in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="136"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>No upcoming events right now</source>
        <translation>Zurzeit keine anstehenden Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
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
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="50"/>
        <source>All</source>
        <translation>Alle</translation>
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
        <translation>Essen und Café</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="54"/>
        <source>Stay</source>
        <translation>Übernachten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="55"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="56"/>
        <source>Practical</source>
        <translation>Praktisches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="71"/>
        <source>Tourist information</source>
        <translation>Touristeninformation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="72"/>
        <source>Places to see and things to do nearby</source>
        <translation>Sehenswertes und Unternehmungen in der Nähe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="113"/>
        <source>Scan to open the website on your phone</source>
        <translation>Scannen, um die Website auf dem Handy zu öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Scan to open the map on your phone</source>
        <translation>Scannen, um die Karte auf dem Handy zu öffnen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="57"/>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="58"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <source>Type what you are looking for</source>
        <translation>Geben Sie ein, was Sie suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="93"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="104"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="115"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="126"/>
        <source>Brochures</source>
        <translation>Broschüren</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="210"/>
        <source>The municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="211"/>
        <source>Health and care</source>
        <translation>Gesundheit und Pflege</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="212"/>
        <source>Taxes and money</source>
        <translation>Steuern und Finanzen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="213"/>
        <source>Work and studies</source>
        <translation>Arbeit und Studium</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="214"/>
        <source>Social insurance and pensions</source>
        <translation>Sozialversicherung und Rente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="215"/>
        <source>Travel and traffic</source>
        <translation>Reisen und Verkehr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="216"/>
        <source>Safety and emergencies</source>
        <translation>Sicherheit und Notfälle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="221"/>
        <source>E-services</source>
        <translation>Online-Dienste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="224"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Gerade keine Internetverbindung – scannen Sie den Code und machen Sie auf dem Handy weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="226"/>
        <source>Municipal and national services on the web</source>
        <translation>Dienste von Gemeinde und Staat im Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="242"/>
        <source>Needs internet</source>
        <translation>Braucht Internet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="260"/>
        <source>Address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="262"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Scannen, um %1 auf dem Handy zu öffnen</translation>
    </message>
</context>
</TS>
