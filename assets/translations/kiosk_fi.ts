<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="39"/>
        <source>Public computer with internet</source>
        <translation>Asiakastietokone ja internetyhteys</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="40"/>
        <source>Café corner</source>
        <translation>Kahvinurkkaus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="41"/>
        <source>Tourist information and brochures</source>
        <translation>Matkailuneuvonta ja esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="42"/>
        <source>Activities during the year</source>
        <translation>Toimintaa vuoden mittaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="43"/>
        <source>Grocery home delivery</source>
        <translation>Päivittäistavaroiden kotiinkuljetus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="54"/>
        <source>About this service point</source>
        <translation>Tietoa palvelupisteestä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="58"/>
        <source>Service point in %1</source>
        <translation>Palvelupiste paikkakunnalla %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>esimerkki: kuvitteellinen kauppa demoaineistossa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="70"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="71"/>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="72"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="78"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="89"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="97"/>
        <source>Here you can get</source>
        <translation>Tarjolla täällä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>not here</source>
        <translation>ei tarjolla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="119"/>
        <source>Café</source>
        <translation>Kahvila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="125"/>
        <source>Home delivery</source>
        <translation>Kotiinkuljetus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="128"/>
        <source>Order by phone: %1</source>
        <translation>Tilaa puhelimitse: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="280"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="281"/>
        <source>Read here or take them along on your phone</source>
        <translation>Lue täällä tai ota mukaan puhelimeesi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="299"/>
        <source>Brochure</source>
        <translation>Esite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="303"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/countdown.py" line="75"/>
        <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
        <translation>
            <numerusform>Käyntisi päättyy %n sekunnin kuluttua. Kaikki, mitä teit täällä, poistetaan.</numerusform>
            <numerusform>Käyntisi päättyy %n sekunnin kuluttua. Kaikki, mitä teit täällä, poistetaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="84"/>
        <source>Are you still there?</source>
        <translation>Oletko vielä siellä?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="85"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Kyllä, olen vielä täällä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="86"/>
        <source>End my visit now</source>
        <translation>Lopeta käyntini nyt</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="133"/>
        <source>What&apos;s on</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="136"/>
        <source>Events at %1 and nearby</source>
        <translation>Tapahtumia paikkakunnalla %1 ja lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Events nearby</source>
        <translation>Tapahtumia lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Tomorrow</source>
        <translation>Huomenna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>This week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="154"/>
        <source>all day</source>
        <translation>koko päivän</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="156"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="178"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="180"/>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="182"/>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="184"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="190"/>
        <source>Scan to read more on your phone</source>
        <translation>Skannaa koodi ja lue lisää puhelimellasi</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="95"/>
        <source>example service point</source>
        <translation>esimerkkipalvelupiste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="98"/>
        <source>Service point</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>No content loaded yet</source>
        <translation>Sisältöä ei ole vielä ladattu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>Updated today at %1</source>
        <translation>Päivitetty tänään klo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="115"/>
        <source>Updated yesterday at %1</source>
        <translation>Päivitetty eilen klo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="117"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Päivitetty %n päivä sitten</numerusform>
            <numerusform>Päivitetty %n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="119"/>
        <source>No internet connection</source>
        <translation>Ei internetyhteyttä</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="87"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Hae paikkoja, tapahtumia, sähköisiä palveluja ja esitteitä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="88"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>What&apos;s on</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="97"/>
        <source>Events here and nearby</source>
        <translation>Tapahtumia täällä ja lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Tourist information</source>
        <translation>Matkailuneuvonta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="99"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Luonto, kulttuuri, ruoka ja majoitus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="102"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="103"/>
        <source>Needs internet: no connection right now</source>
        <translation>Vaatii internetin – yhteys on juuri nyt poikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="105"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Kunta, terveydenhuolto, viranomaiset ja bussit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="108"/>
        <source>Read here or take them along</source>
        <translation>Lue täällä tai ota mukaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="111"/>
        <source>About this service point</source>
        <translation>Tietoa palvelupisteestä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="112"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="114"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot – %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="136"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>No upcoming events right now</source>
        <translation>Ei tulevia tapahtumia juuri nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>See all events →</source>
        <translation>Katso kaikki tapahtumat →</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="101"/>
        <location filename="../../kiosk/ui/navbar.py" line="104"/>
        <source>Home</source>
        <translation>Alkuun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="102"/>
        <location filename="../../kiosk/ui/navbar.py" line="105"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="103"/>
        <source>Contrast</source>
        <translation>Kontrasti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="106"/>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Normal text size</source>
        <translation>Normaali tekstikoko</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/navbar.py" line="107"/>
        <source>Largest text</source>
        <translation>Suurin teksti</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="50"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="51"/>
        <source>Nature</source>
        <translation>Luonto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="52"/>
        <source>Culture</source>
        <translation>Kulttuuri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="53"/>
        <source>Food and café</source>
        <translation>Ruoka ja kahvilat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="54"/>
        <source>Stay</source>
        <translation>Majoitus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="55"/>
        <source>Activities</source>
        <translation>Aktiviteetit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="56"/>
        <source>Practical</source>
        <translation>Käytännön tietoa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="71"/>
        <source>Tourist information</source>
        <translation>Matkailuneuvonta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="72"/>
        <source>Places to see and things to do nearby</source>
        <translation>Nähtävää ja tekemistä lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="113"/>
        <source>Scan to open the website on your phone</source>
        <translation>Skannaa koodi ja avaa verkkosivut puhelimellasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Scan to open the map on your phone</source>
        <translation>Skannaa koodi ja avaa kartta puhelimellasi</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="57"/>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="58"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Paikat, tapahtumat, sähköiset palvelut ja esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <source>Type what you are looking for</source>
        <translation>Kirjoita, mitä etsit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="93"/>
        <source>Places</source>
        <translation>Paikat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="104"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="115"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="126"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="210"/>
        <source>The municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="211"/>
        <source>Health and care</source>
        <translation>Terveys ja hoito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="212"/>
        <source>Taxes and money</source>
        <translation>Verot ja raha-asiat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="213"/>
        <source>Work and studies</source>
        <translation>Työ ja opiskelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="214"/>
        <source>Social insurance and pensions</source>
        <translation>Sosiaaliturva ja eläkkeet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="215"/>
        <source>Travel and traffic</source>
        <translation>Matkustaminen ja liikenne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="216"/>
        <source>Safety and emergencies</source>
        <translation>Turvallisuus ja hätätilanteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="221"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="224"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Internetyhteys on juuri nyt poikki – skannaa koodi ja jatka puhelimella</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="226"/>
        <source>Municipal and national services on the web</source>
        <translation>Kunnan ja valtion palvelut verkossa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="242"/>
        <source>Needs internet</source>
        <translation>Vaatii internetin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="260"/>
        <source>Address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="262"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Skannaa koodi, niin %1 avautuu puhelimeesi</translation>
    </message>
</context>
</TS>
