<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="59"/>
        <source>Public computer with internet</source>
        <translation>Asiakastietokone ja internetyhteys</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="60"/>
        <source>Café corner</source>
        <translation>Kahvinurkkaus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="61"/>
        <source>Tourist information and brochures</source>
        <translation>Matkailuneuvonta ja esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="62"/>
        <source>Activities during the year</source>
        <translation>Toimintaa vuoden mittaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="63"/>
        <source>Grocery home delivery</source>
        <translation>Päivittäistavaroiden kotiinkuljetus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="75"/>
        <source>About this service point</source>
        <translation>Tietoa palvelupisteestä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="79"/>
        <source>Service point in %1</source>
        <translation>Palvelupiste paikkakunnalla %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="81"/>
        <source>example: a fictional shop in the demo feed</source>
        <translation>esimerkki: kuvitteellinen kauppa demoaineistossa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="84"/>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="91"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="92"/>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="93"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="99"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="110"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="118"/>
        <source>Here you can get</source>
        <translation>Tarjolla täällä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="131"/>
        <source>not here</source>
        <translation>ei tarjolla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="140"/>
        <source>Café</source>
        <translation>Kahvila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="146"/>
        <source>Home delivery</source>
        <translation>Kotiinkuljetus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/about.py" line="149"/>
        <source>Order by phone: %1</source>
        <translation>Tilaa puhelimitse: %1</translation>
    </message>
</context>
<context>
    <name>BrochuresPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="457"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="458"/>
        <source>Read here or take them along on your phone</source>
        <translation>Lue täällä tai ota mukaan puhelimeesi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="476"/>
        <source>Brochure</source>
        <translation>Esite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="480"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <location filename="../../kiosk/ui/browser/panel.py" line="60"/>
        <source>Scan to continue on your phone</source>
        <translation>Skannaa ja jatka puhelimella</translation>
    </message>
</context>
<context>
    <name>BrowserWidget</name>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="41"/>
        <source>Start</source>
        <translation>Alkuun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="42"/>
        <location filename="../../kiosk/ui/browser/widget.py" line="142"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="43"/>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="44"/>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="45"/>
        <source>End session</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="137"/>
        <source>This e-service needs the internet</source>
        <translation>Tämä e-palvelu vaatii internetin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="139"/>
        <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
        <translation>Täällä ei ole juuri nyt internetyhteyttä. Skannaa koodi, niin %1 avautuu puhelimeesi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="177"/>
        <source>This page is outside %1</source>
        <translation>Tämä sivu ei kuulu palveluun %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="179"/>
        <source>On this computer you can only use %1. Scan the code to continue on your phone.</source>
        <translation>Tällä tietokoneella voit käyttää vain palvelua %1. Skannaa koodi ja jatka puhelimella.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="181"/>
        <location filename="../../kiosk/ui/browser/widget.py" line="191"/>
        <source>Back to %1</source>
        <translation>Takaisin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="189"/>
        <source>Files cannot be downloaded here</source>
        <translation>Tiedostoja ei voi ladata täällä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="190"/>
        <source>Scan the code to get the file on your phone.</source>
        <translation>Skannaa koodi, niin saat tiedoston puhelimeesi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>The page says</source>
        <translation>Sivu ilmoittaa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="196"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="211"/>
        <source>The page could not be opened right now</source>
        <translation>Sivua ei voitu avata juuri nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="212"/>
        <source>The kiosk tries again by itself every 30 seconds.</source>
        <translation>Tietokone yrittää uudelleen itsestään 30 sekunnin välein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/browser/widget.py" line="213"/>
        <source>Try again now</source>
        <translation>Yritä nyt uudelleen</translation>
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
        <location filename="../../kiosk/ui/pages/lists.py" line="230"/>
        <source>Music</source>
        <translation>Musiikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="231"/>
        <source>Markets</source>
        <translation>Markkinat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="232"/>
        <source>Sports</source>
        <translation>Urheilu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="233"/>
        <source>Culture</source>
        <translation>Kulttuuri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="234"/>
        <source>For families</source>
        <translation>Perheille</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="235"/>
        <source>Outdoors</source>
        <translation>Ulkoilu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="236"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="237"/>
        <source>Food</source>
        <translation>Ruoka</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="238"/>
        <source>Courses</source>
        <translation>Kurssit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="271"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here in %1</source>
        <translation>Täällä: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="274"/>
        <source>Here</source>
        <translation>Täällä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="289"/>
        <source>What&apos;s on</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="292"/>
        <source>Events at %1 and nearby</source>
        <translation>Tapahtumia paikkakunnalla %1 ja lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="294"/>
        <source>Events nearby</source>
        <translation>Tapahtumia lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="298"/>
        <source>Tomorrow</source>
        <translation>Huomenna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="313"/>
        <source>all day</source>
        <translation>koko päivän</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="315"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="331"/>
        <source>This week (week %1)</source>
        <translation>Tällä viikolla (viikko %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="332"/>
        <source>Week %1</source>
        <translation>Viikko %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="342"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="344"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="346"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="348"/>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="350"/>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="354"/>
        <source>Scan to add to your phone&apos;s calendar</source>
        <translation>Skannaa ja lisää puhelimen kalenteriin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="359"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="356"/>
        <source>Scan to read more on your phone</source>
        <translation>Skannaa koodi ja lue lisää puhelimellasi</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../kiosk/ui/header.py" line="89"/>
        <source>example service point</source>
        <translation>esimerkkipalvelupiste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="92"/>
        <source>Service point</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="101"/>
        <source>No content loaded yet</source>
        <translation>Sisältöä ei ole vielä ladattu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="107"/>
        <source>Updated today at %1</source>
        <translation>Päivitetty tänään klo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="109"/>
        <source>Updated yesterday at %1</source>
        <translation>Päivitetty eilen klo %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/header.py" line="111"/>
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Päivitetty %n päivä sitten</numerusform>
            <numerusform>Päivitetty %n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/header.py" line="113"/>
        <source>No internet connection</source>
        <translation>Ei internetyhteyttä</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="120"/>
        <source>Search places, events, e-services and brochures</source>
        <translation>Hae paikkoja, tapahtumia, sähköisiä palveluja ja esitteitä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="121"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>What&apos;s on</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="126"/>
        <source>Events here and nearby</source>
        <translation>Tapahtumia täällä ja lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Tourist information</source>
        <translation>Matkailuneuvonta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="128"/>
        <source>Nature, culture, food and places to stay</source>
        <translation>Luonto, kulttuuri, ruoka ja majoitus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="131"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="132"/>
        <source>Needs internet: no connection right now</source>
        <translation>Vaatii internetin – yhteys on juuri nyt poikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="134"/>
        <source>Municipality, healthcare, authorities and buses</source>
        <translation>Kunta, terveydenhuolto, viranomaiset ja bussit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="137"/>
        <source>Read here or take them along</source>
        <translation>Lue täällä tai ota mukaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="140"/>
        <source>About this service point</source>
        <translation>Tietoa palvelupisteestä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="141"/>
        <source>Opening hours, café, home delivery and contact</source>
        <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="143"/>
        <source>Opening hours, café, home delivery and contact in %1</source>
        <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot – %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="165"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
        <source>No upcoming events right now</source>
        <translation>Ei tulevia tapahtumia juuri nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/home.py" line="169"/>
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
    <name>NoticesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="26"/>
        <source>Notices</source>
        <translation>Tiedotteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="27"/>
        <source>Messages from the municipality and the service point</source>
        <translation>Kunnan ja palvelupisteen tiedotteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/notices.py" line="35"/>
        <source>There are no notices right now.</source>
        <translation>Tiedotteita ei ole juuri nyt.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="94"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="95"/>
        <source>Nature</source>
        <translation>Luonto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="96"/>
        <source>Culture</source>
        <translation>Kulttuuri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="97"/>
        <source>Food and café</source>
        <translation>Ruoka ja kahvilat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="98"/>
        <source>Stay</source>
        <translation>Majoitus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="99"/>
        <source>Activities</source>
        <translation>Aktiviteetit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="100"/>
        <source>Practical</source>
        <translation>Käytännön tietoa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="115"/>
        <source>Tourist information</source>
        <translation>Matkailuneuvonta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="116"/>
        <source>Places to see and things to do nearby</source>
        <translation>Nähtävää ja tekemistä lähistöllä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="138"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="141"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="143"/>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="146"/>
        <source>Distance</source>
        <translation>Etäisyys</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="148"/>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="150"/>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="155"/>
        <source>Scan to open the website on your phone</source>
        <translation>Skannaa koodi ja avaa verkkosivut puhelimellasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="173"/>
        <source>Open now until %1</source>
        <translation>Avoinna nyt klo %1 asti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="174"/>
        <source>Opens today at %1</source>
        <translation>Aukeaa tänään klo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="175"/>
        <source>Closed for the rest of today</source>
        <translation>Suljettu loppupäivän</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="176"/>
        <source>Closed today</source>
        <translation>Suljettu tänään</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="179"/>
        <source>Closed today (%1)</source>
        <translation>Suljettu tänään (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="181"/>
        <source>Open around the clock</source>
        <translation>Avoinna ympäri vuorokauden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="198"/>
        <source>Around the clock, every day</source>
        <translation>Ympäri vuorokauden joka päivä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="204"/>
        <source>Less than 1 km from here (as the crow flies)</source>
        <translation>Alle 1 km täältä (linnuntietä)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="205"/>
        <source>%1 km from here (as the crow flies)</source>
        <translation>%1 km täältä (linnuntietä)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="153"/>
        <source>Scan to open the map on your phone</source>
        <translation>Skannaa koodi ja avaa kartta puhelimellasi</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="175"/>
        <source>Previous page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="176"/>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="177"/>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="178"/>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="179"/>
        <location filename="../../kiosk/ui/pages/reader.py" line="186"/>
        <source>Fit to width</source>
        <translation>Sovita leveyteen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="187"/>
        <source>This brochure cannot be shown right now</source>
        <translation>Tätä esitettä ei voi näyttää juuri nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="188"/>
        <source>Brochure</source>
        <translation>Esite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="189"/>
        <source>Brochure pages</source>
        <translation>Esitteen sivut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="194"/>
        <source>Swipe to turn the pages, or use the buttons below</source>
        <translation>Selaa sivuja pyyhkäisemällä tai alla olevilla painikkeilla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="209"/>
        <source>Scan to get the brochure on your phone</source>
        <translation>Skannaa ja saat esitteen puhelimeesi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/reader.py" line="217"/>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="59"/>
        <location filename="../../kiosk/ui/pages/search.py" line="62"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="60"/>
        <source>Places, events, e-services and brochures</source>
        <translation>Paikat, tapahtumat, sähköiset palvelut ja esitteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="61"/>
        <source>Type what you are looking for</source>
        <translation>Kirjoita, mitä etsit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="77"/>
        <source>No results for “%1”</source>
        <translation>Ei tuloksia haulle ”%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="86"/>
        <source>Places</source>
        <translation>Paikat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="97"/>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="110"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/search.py" line="121"/>
        <source>Brochures</source>
        <translation>Esitteet</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="387"/>
        <source>The municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="388"/>
        <source>Health and care</source>
        <translation>Terveys ja hoito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="389"/>
        <source>Taxes and money</source>
        <translation>Verot ja raha-asiat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="390"/>
        <source>Work and studies</source>
        <translation>Työ ja opiskelu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="391"/>
        <source>Social insurance and pensions</source>
        <translation>Sosiaaliturva ja eläkkeet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="392"/>
        <source>Travel and traffic</source>
        <translation>Matkustaminen ja liikenne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="393"/>
        <source>Safety and emergencies</source>
        <translation>Turvallisuus ja hätätilanteet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="398"/>
        <source>E-services</source>
        <translation>Sähköiset palvelut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="401"/>
        <source>No internet connection right now: scan a code to continue on your phone</source>
        <translation>Internetyhteys on juuri nyt poikki – skannaa koodi ja jatka puhelimella</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="403"/>
        <source>Municipal and national services on the web</source>
        <translation>Kunnan ja valtion palvelut verkossa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="419"/>
        <source>Needs internet</source>
        <translation>Vaatii internetin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="437"/>
        <source>Address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages/lists.py" line="439"/>
        <source>Scan to open %1 on your phone</source>
        <translation>Skannaa, niin %1 avautuu puhelimeesi</translation>
    </message>
</context>
</TS>
