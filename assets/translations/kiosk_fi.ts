<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AboutPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="67" />
            <source>Public computer with internet</source>
            <translation>Asiakastietokone ja internetyhteys</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="68" />
            <source>Café corner</source>
            <translation>Kahvinurkkaus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="69" />
            <source>Tourist information and brochures</source>
            <translation>Matkailuneuvonta ja esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="70" />
            <source>Activities during the year</source>
            <translation>Toimintaa vuoden mittaan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="71" />
            <source>Grocery home delivery</source>
            <translation>Päivittäistavaroiden kotiinkuljetus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="91" />
            <source>Days that differ</source>
            <translation>Poikkeavat aukioloajat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="104" />
            <source>About this service point</source>
            <translation>Tietoa palvelupisteestä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="108" />
            <source>Service point in %1</source>
            <translation>Palvelupiste paikkakunnalla %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="110" />
            <source>example: a fictional shop in the demo feed</source>
            <translation>esimerkki: kuvitteellinen kauppa demoaineistossa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="113" />
            <source>Welcome</source>
            <translation>Tervetuloa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="120" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="121" />
            <source>Telephone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="122" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="128" />
            <source>Opening hours</source>
            <translation>Aukioloajat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="85" />
            <location filename="../../kiosk/ui/pages/about.py" line="142" />
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="151" />
            <source>Here you can get</source>
            <translation>Tarjolla täällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="164" />
            <source>not here</source>
            <translation>ei tarjolla</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="173" />
            <source>Café</source>
            <translation>Kahvila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="179" />
            <source>Home delivery</source>
            <translation>Kotiinkuljetus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="182" />
            <source>Order by phone: %1</source>
            <translation>Tilaa puhelimitse: %1</translation>
        </message>
    </context>
    <context>
        <name>BrochuresPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="437" />
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="438" />
            <source>Read here or take them along on your phone</source>
            <translation>Lue täällä tai ota mukaan puhelimeesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="456" />
            <source>Brochure</source>
            <translation>Esite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="460" />
            <source>Languages</source>
            <translation>Kielet</translation>
        </message>
    </context>
    <context>
        <name>BrowserPanel</name>
        <message>
            <location filename="../../kiosk/ui/browser/panel.py" line="70" />
            <source>Scan to continue on your phone</source>
            <translation>Skannaa ja jatka puhelimella</translation>
        </message>
    </context>
    <context>
        <name>BrowserWidget</name>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="63" />
            <source>Start</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="64" />
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="65" />
            <source>Forward</source>
            <translation>Eteenpäin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="66" />
            <source>Reload</source>
            <translation>Lataa uudelleen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="67" />
            <source>End session</source>
            <translation>Lopeta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="85" />
            <source>Type a web address</source>
            <translation>Kirjoita verkko-osoite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="182" />
            <source>This e-service needs the internet</source>
            <translation>Tämä e-palvelu vaatii internetin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="184" />
            <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
            <translation>Täällä ei ole juuri nyt internetyhteyttä. Skannaa koodi, niin %1 avautuu puhelimeesi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="187" />
            <source>Back to the e-services</source>
            <translation>Takaisin e-palveluihin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="228" />
            <source>This page is outside %1</source>
            <translation>Tämä sivu ei kuulu palveluun %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="232" />
            <location filename="../../kiosk/ui/browser/widget.py" line="242" />
            <location filename="../../kiosk/ui/browser/widget.py" line="293" />
            <location filename="../../kiosk/ui/browser/widget.py" line="305" />
            <location filename="../../kiosk/ui/browser/widget.py" line="317" />
            <location filename="../../kiosk/ui/browser/widget.py" line="329" />
            <source>Back to %1</source>
            <translation>Takaisin: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="240" />
            <source>Files cannot be downloaded here</source>
            <translation>Tiedostoja ei voi ladata täällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>The page says</source>
            <translation>Sivu ilmoittaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="264" />
            <source>The page could not be opened right now</source>
            <translation>Sivua ei voitu avata juuri nyt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="265" />
            <source>The kiosk tries again by itself every 30 seconds.</source>
            <translation>Tietokone yrittää uudelleen itsestään 30 sekunnin välein.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="266" />
            <source>Try again now</source>
            <translation>Yritä nyt uudelleen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="291" />
            <source>This page asks for a login the kiosk cannot show</source>
            <translation>Sivu pyytää kirjautumista, jota tämä tietokone ei voi näyttää</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="292" />
            <source>Scan the code to continue on your phone, or ask the staff.</source>
            <translation>Skannaa koodi jatkaaksesi puhelimella, tai kysy henkilökunnalta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="300" />
            <source>This page cannot be opened safely</source>
            <translation>Sivua ei voi avata turvallisesti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="302" />
            <source>The page's security certificate is not valid, so the kiosk will not open it. Try again later, or ask the staff.</source>
            <translation>Sivun varmenne ei ole voimassa, joten tämä tietokone ei avaa sitä. Yritä myöhemmin uudelleen tai kysy henkilökunnalta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="315" />
            <source>Printing is not possible here</source>
            <translation>Tulostaminen ei ole mahdollista täällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="316" />
            <location filename="../../kiosk/ui/browser/widget.py" line="328" />
            <source>Scan the code to open the page on your phone, or ask the staff.</source>
            <translation>Skannaa koodi avataksesi sivun puhelimessasi, tai kysy henkilökunnalta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="327" />
            <source>There is no printer here</source>
            <translation>Täällä ei ole tulostinta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Ask the staff for help.</source>
            <translation>Pyydä apua henkilökunnalta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The page tried to open %2, which is not part of %1.</source>
            <translation>Sivu yritti avata osoitteen %2, joka ei kuulu palveluun %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>On this computer you can only use %1.</source>
            <translation>Tällä tietokoneella voit käyttää vain palvelua %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Scan the code to continue on your phone and get the file there.</source>
            <translation>Skannaa koodi, niin voit jatkaa puhelimella ja hakea tiedoston sieltä.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The file comes from %1. Files cannot be saved on this computer.</source>
            <translation>Tiedosto tulee osoitteesta %1. Tiedostoja ei voi tallentaa tälle tietokoneelle.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>This visit cannot print any more pages</source>
            <translation>Tällä käynnillä ei voi tulostaa enempää sivuja</translation>
        </message>
        <message>
            <source>The internet cannot be reached right now</source>
            <translation>Internetiin ei juuri nyt saada yhteyttä</translation>
        </message>
    </context>
    <context>
        <name>DisabledHint</name>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="40" />
            <source>No page can be opened without the internet.</source>
            <translation>Ilman internetiä sivua ei voi avata.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="42" />
            <source>You are on the first page, so there is no page to go back to.</source>
            <translation>Olet ensimmäisellä sivulla, joten ei ole sivua, jolle palata.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="43" />
            <source>Forward takes you to a page again after you have gone back from it.</source>
            <translation>Eteenpäin vie takaisin sivulle, jolta palasit.</translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message numerus="yes">
            <location filename="../../kiosk/ui/countdown.py" line="75" />
            <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
            <translation>
                <numerusform>Käyntisi päättyy %n sekunnin kuluttua. Kaikki, mitä teit täällä, poistetaan.</numerusform>
                <numerusform>Käyntisi päättyy %n sekunnin kuluttua. Kaikki, mitä teit täällä, poistetaan.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="84" />
            <source>Are you still there?</source>
            <translation>Oletko vielä siinä?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="85" />
            <source>Yes, I'm still here</source>
            <translation>Kyllä, olen vielä täällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="86" />
            <source>End my visit now</source>
            <translation>Lopeta käyntini nyt</translation>
        </message>
    </context>
    <context>
        <name>DetailsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="150" />
            <source>Opening hours and offers</source>
            <translation>Aukioloajat ja palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="152" />
            <source>What you save here replaces the municipality's information on the About page.</source>
            <translation>Tähän tallentamasi tiedot korvaavat kunnan tiedot Tietoa-sivulla.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="154" />
            <source>Opening hours</source>
            <translation>Aukioloajat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="155" />
            <source>Days that differ</source>
            <translation>Poikkeavat aukioloajat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="156" />
            <source>What the shop offers</source>
            <translation>Kaupan palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="157" />
            <source>Contact</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="159" />
            <source>Write e.g. 09:00–18:00; leave empty when closed.</source>
            <translation>Esim. 9.00–18.00; jätä tyhjäksi, jos suljettu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="162" />
            <source>Date, hours (empty: closed all day) and a note, e.g. Christmas Eve.</source>
            <translation>Päivä, aukioloaika (tyhjä: suljettu koko päivän) ja huomautus, esim. jouluaatto.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="164" />
            <source>Telephone for home delivery</source>
            <translation>Kotiinkuljetuksen puhelin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="165" />
            <source>How to order home delivery</source>
            <translation>Näin tilaat kotiinkuljetuksen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="166" />
            <source>The shop's telephone</source>
            <translation>Kaupan puhelin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="167" />
            <source>The shop's e-mail</source>
            <translation>Kaupan sähköposti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="169" />
            <source>Public computer with internet</source>
            <translation>Asiakastietokone ja internetyhteys</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="170" />
            <source>Café corner</source>
            <translation>Kahvinurkkaus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="171" />
            <source>Tourist information and brochures</source>
            <translation>Matkailuneuvonta ja esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="172" />
            <source>Activities during the year</source>
            <translation>Toimintaa vuoden mittaan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="173" />
            <source>Grocery home delivery</source>
            <translation>Päivittäistavaroiden kotiinkuljetus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="181" />
            <source>closed</source>
            <translation>suljettu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="182" />
            <source>note</source>
            <translation>huomautus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="183" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="240" />
            <source>Write the hours as 09:00–18:00, or leave empty when closed.</source>
            <translation>Kirjoita aika muodossa 9.00–18.00 tai jätä tyhjäksi, jos suljettu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="254" />
            <source>Write the date as 2026-12-24.</source>
            <translation>Kirjoita päivämäärä muodossa 2026-12-24.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="256" />
            <source>Write the hours as 10:00–14:00, or leave empty when closed.</source>
            <translation>Kirjoita aika muodossa 10.00–14.00 tai jätä tyhjäksi, jos suljettu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="285" />
            <source>Not saved: %1</source>
            <translation>Ei tallennettu: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="287" />
            <source>Saved. The About page shows it now.</source>
            <translation>Tallennettu. Tietoa-sivu näyttää sen nyt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="265" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Korjaa merkityt kentät: kunkin kohdalla lukee, mikä on vialla.</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="201" />
            <source>What is happening?</source>
            <translation>Mitä tapahtuu?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="202" />
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="203" />
            <source>Starts</source>
            <translation>Alkaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="204" />
            <source>Ends (optional)</source>
            <translation>Päättyy (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="205" />
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="206" />
            <source>Kind of event</source>
            <translation>Tapahtuman laji</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="207" />
            <source>Repeats</source>
            <translation>Toistuu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="208" />
            <source>Last time (optional)</source>
            <translation>Viimeisen kerran (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="209" />
            <source>More about it (optional)</source>
            <translation>Lisätietoja (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="210" />
            <source>Price (optional)</source>
            <translation>Hinta (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="211" />
            <source>Contact (optional)</source>
            <translation>Yhteyshenkilö (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="212" />
            <source>Picture (optional)</source>
            <translation>Kuva (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="216" />
            <source>e.g. Pub night with live music</source>
            <translation>esim. Pubi-ilta ja elävää musiikkia</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="217" />
            <source>e.g. 2026-12-05 or 5/12</source>
            <translation>esim. 2026-12-05 tai 5.12.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="220" />
            <source>e.g. 2027-05-31</source>
            <translation>esim. 2027-05-31</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="221" />
            <source>e.g. 50 kr, free</source>
            <translation>esim. 50 kr, ilmainen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="222" />
            <source>Name and telephone</source>
            <translation>Nimi ja puhelin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="223" />
            <source>Other</source>
            <translation>Muu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="225" />
            <source>Music</source>
            <translation>Musiikki</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="226" />
            <source>Market</source>
            <translation>Markkinat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="227" />
            <source>Sports</source>
            <translation>Urheilu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="228" />
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="229" />
            <source>For families</source>
            <translation>Perheille</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="230" />
            <source>Outdoors</source>
            <translation>Ulkoilu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="231" />
            <source>Meeting</source>
            <translation>Kokous</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="232" />
            <source>Food</source>
            <translation>Ruoka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="233" />
            <source>Course</source>
            <translation>Kurssi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="238" />
            <source>Once</source>
            <translation>Kerran</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="239" />
            <source>Every week</source>
            <translation>Joka viikko</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="240" />
            <source>Every month</source>
            <translation>Joka kuukausi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="241" />
            <source>Choose a picture…</source>
            <translation>Valitse kuva…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="242" />
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>No picture</source>
            <translation>Ei kuvaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="243" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="244" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="255" />
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="257" />
            <source>Tomorrow</source>
            <translation>Huomenna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>Change event</source>
            <translation>Muokkaa tapahtumaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>New event</source>
            <translation>Uusi tapahtuma</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>A picture is chosen</source>
            <translation>Kuva on valittu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="320" />
            <source>No pictures found. Put a USB stick with JPEG or PNG pictures in the computer and try again.</source>
            <translation>Kuvia ei löytynyt. Liitä tietokoneeseen USB-muisti, jossa on JPEG- tai PNG-kuvia, ja yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="337" />
            <source>The picture could not be copied: %1</source>
            <translation>Kuvaa ei voitu kopioida: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="365" />
            <source>Write what is happening, e.g. Pub night.</source>
            <translation>Kirjoita, mitä tapahtuu, esim. Pubi-ilta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="368" />
            <source>That date has passed. Choose today or a later day.</source>
            <translation>Päivä on jo mennyt. Valitse tämä päivä tai myöhempi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="371" />
            <source>Write when it starts, e.g. 19:00.</source>
            <translation>Kirjoita alkamisaika, esim. 19.00.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="373" />
            <source>Write the time as 19:00.</source>
            <translation>Kirjoita aika muodossa 19.00.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="376" />
            <source>Write the time as 22:00, or leave it empty.</source>
            <translation>Kirjoita aika muodossa 22.00 tai jätä tyhjäksi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="378" />
            <source>The end must be later than the start.</source>
            <translation>Päättymisajan on oltava alkamisajan jälkeen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="381" />
            <source>Write where it is, e.g. in the shop.</source>
            <translation>Kirjoita paikka, esim. kaupassa.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="384" />
            <source>The last time must be after the first date.</source>
            <translation>Viimeisen kerran on oltava ensimmäisen päivän jälkeen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="387" />
            <source>At most 1000 characters; now there are %1.</source>
            <translation>Enintään 1000 merkkiä; nyt niitä on %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="421" />
            <source>Write the date, e.g. 2026-12-05, or touch a day.</source>
            <translation>Kirjoita päivämäärä, esim. 2026-12-05, tai kosketa päivää.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="425" />
            <source>Write the date as 2026-12-05 or 5/12.</source>
            <translation>Kirjoita päivämäärä muodossa 2026-12-05 tai 5.12.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="437" />
            <source>Not saved: %1</source>
            <translation>Ei tallennettu: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="393" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Korjaa merkityt kentät: kunkin kohdalla lukee, mikä on vialla.</translation>
        </message>
    </context>
    <context>
        <name>EventRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every week</source>
            <translation>joka viikko</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every month</source>
            <translation>joka kuukausi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="36" />
            <source>until %1</source>
            <translation>%1 asti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="39" />
            <source>CANCELLED</source>
            <translation>PERUTTU</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="46" />
            <source>Change</source>
            <translation>Muokkaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Undo cancel</source>
            <translation>Peru peruutus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Cancel event</source>
            <translation>Peru tapahtuma</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="48" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="49" />
            <source>Yes, delete</source>
            <translation>Kyllä, poista</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="50" />
            <source>Keep</source>
            <translation>Säilytä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="70" />
            <source>Delete this event for good?</source>
            <translation>Poistetaanko tapahtuma pysyvästi?</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="221" />
            <source>Music</source>
            <translation>Musiikki</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="222" />
            <source>Markets</source>
            <translation>Markkinat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="223" />
            <source>Sports</source>
            <translation>Urheilu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="224" />
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="225" />
            <source>For families</source>
            <translation>Perheille</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="226" />
            <source>Outdoors</source>
            <translation>Ulkoilu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="227" />
            <source>Meetings</source>
            <translation>Tapaamiset</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="228" />
            <source>Food</source>
            <translation>Ruoka</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="229" />
            <source>Courses</source>
            <translation>Kurssit</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="262" />
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here in %1</source>
            <translation>Täällä: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here</source>
            <translation>Täällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="280" />
            <source>What's on</source>
            <translation>Mitä tapahtuu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="283" />
            <source>Events at %1 and nearby</source>
            <translation>Tapahtumia paikkakunnalla %1 ja lähistöllä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="285" />
            <source>Events nearby</source>
            <translation>Tapahtumia lähistöllä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Tomorrow</source>
            <translation>Huomenna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="304" />
            <source>all day</source>
            <translation>koko päivän</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="306" />
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Cancelled</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="322" />
            <source>This week (week %1)</source>
            <translation>Tällä viikolla (viikko %1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="323" />
            <source>Week %1</source>
            <translation>Viikko %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="333" />
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="337" />
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="339" />
            <source>Price</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="341" />
            <source>Organiser</source>
            <translation>Järjestäjä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="345" />
            <source>Scan to add to your phone's calendar</source>
            <translation>Skannaa ja lisää puhelimen kalenteriin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Event</source>
            <translation>Tapahtuma</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="347" />
            <source>Scan to read more on your phone</source>
            <translation>Skannaa koodi ja lue lisää puhelimellasi</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="127" />
            <source>Events</source>
            <translation>Tapahtumat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="128" />
            <source>New event</source>
            <translation>Uusi tapahtuma</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="131" />
            <source>Your events show in What's on at once and are sent to the municipality. They are deleted 30 days after they end.</source>
            <translation>Tapahtumasi näkyvät heti Mitä tapahtuu -sivulla ja lähetetään kunnalle. Ne poistetaan 30 päivää päättymisen jälkeen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="141" />
            <source>No events yet. Touch 'New event' to post one.</source>
            <translation>Ei vielä tapahtumia. Kosketa Uusi tapahtuma.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../kiosk/ui/header.py" line="89" />
            <source>example service point</source>
            <translation>esimerkkipalvelupiste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="92" />
            <source>Service point</source>
            <translation>Palvelupiste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="101" />
            <source>No content loaded yet</source>
            <translation>Sisältöä ei ole vielä ladattu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="107" />
            <source>Updated today at %1</source>
            <translation>Päivitetty tänään klo %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="109" />
            <source>Updated yesterday at %1</source>
            <translation>Päivitetty eilen klo %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/header.py" line="111" />
            <source>Updated %n day(s) ago</source>
            <translation>
                <numerusform>Päivitetty %n päivä sitten</numerusform>
                <numerusform>Päivitetty %n päivää sitten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="113" />
            <source>No internet connection</source>
            <translation>Ei internetyhteyttä</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="126" />
            <source>Search places, events, e-services and brochures</source>
            <translation>Hae paikkoja, tapahtumia, e-palveluja ja esitteitä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="127" />
            <source>Search</source>
            <translation>Haku</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>What's on</source>
            <translation>Mitä tapahtuu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>Events here and nearby</source>
            <translation>Tapahtumia täällä ja lähistöllä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Tourist information</source>
            <translation>Matkailuneuvonta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Nature, culture, food and places to stay</source>
            <translation>Luonto, kulttuuri, ruoka ja majoitus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="137" />
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="138" />
            <source>Needs internet: no connection right now</source>
            <translation>Vaatii internetin – yhteys on juuri nyt poikki</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="140" />
            <source>Municipality, healthcare, authorities and buses</source>
            <translation>Kunta, terveydenhuolto, viranomaiset ja bussit</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Read here or take them along</source>
            <translation>Lue täällä tai ota mukaan</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="146" />
            <source>About this service point</source>
            <translation>Tietoa palvelupisteestä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="147" />
            <source>Opening hours, café, home delivery and contact</source>
            <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="149" />
            <source>Opening hours, café, home delivery and contact in %1</source>
            <translation>Aukioloajat, kahvila, kotiinkuljetus ja yhteystiedot – %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="171" />
            <source>Cancelled</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>No upcoming events right now</source>
            <translation>Ei tulevia tapahtumia juuri nyt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>See all events →</source>
            <translation>Katso kaikki tapahtumat →</translation>
        </message>
        <message>
            <source>If the power fails</source>
            <translation>Jos sähköt katkeavat</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="101" />
            <location filename="../../kiosk/ui/navbar.py" line="104" />
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="102" />
            <location filename="../../kiosk/ui/navbar.py" line="105" />
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="103" />
            <source>Contrast</source>
            <translation>Kontrasti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="106" />
            <source>High contrast</source>
            <translation>Suuri kontrasti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Normal text size</source>
            <translation>Normaali tekstikoko</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Larger text</source>
            <translation>Suurempi teksti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Largest text</source>
            <translation>Suurin teksti</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="33" />
            <source>Notices</source>
            <translation>Tiedotteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="34" />
            <source>Messages from the municipality and the service point</source>
            <translation>Kunnan ja palvelupisteen tiedotteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="42" />
            <source>There are no notices right now.</source>
            <translation>Tiedotteita ei ole juuri nyt.</translation>
        </message>
    </context>
    <context>
        <name>OpenState</name>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="14" />
            <source>Closed today (%1)</source>
            <translation>Suljettu tänään (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="16" />
            <source>Open around the clock</source>
            <translation>Avoinna ympäri vuorokauden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="18" />
            <source>Open now until %1</source>
            <translation>Avoinna nyt klo %1 asti</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="19" />
            <source>Opens today at %1</source>
            <translation>Aukeaa tänään klo %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="20" />
            <source>Closed for the rest of today</source>
            <translation>Suljettu loppupäivän</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="21" />
            <source>Closed today</source>
            <translation>Suljettu tänään</translation>
        </message>
    </context>
    <context>
        <name>OwnerPanel</name>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="90" />
            <source>Shop-owner mode</source>
            <translation>Kauppiastila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="92" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="93" />
            <source>Events</source>
            <translation>Tapahtumat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="94" />
            <source>Shop details</source>
            <translation>Kaupan tiedot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="95" />
            <source>Usage</source>
            <translation>Käyttö</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="99" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="73" />
            <source>Shop-owner mode</source>
            <translation>Kauppiastila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="75" />
            <source>Erase</source>
            <translation>Poista</translation>
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
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="98" />
            <source>Enter your PIN</source>
            <translation>Anna PIN-koodisi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="109" />
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="134" />
            <source>The PIN has 4 to 8 digits.</source>
            <translation>PIN-koodissa on 4–8 numeroa.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="148" />
            <source>Wrong PIN – try again.</source>
            <translation>Väärä PIN – yritä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="159" />
            <source>Wrong PIN – try again in %1 s</source>
            <translation>Väärä PIN – yritä uudelleen %1 s kuluttua</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/pinpad.py" line="168" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n numero syötetty</numerusform>
                <numerusform>%n numeroa syötetty</numerusform>
            </translation>
        </message>
        <message>
            <source>No PIN has been set yet.</source>
            <translation>PIN-koodia ei ole vielä asetettu.</translation>
        </message>
        <message>
            <source>The PIN file is damaged.</source>
            <translation>PIN-tiedosto on vahingoittunut.</translation>
        </message>
        <message>
            <source>Enter the setup code from the municipality.</source>
            <translation>Anna kunnalta saatu kertakäyttökoodi.</translation>
        </message>
        <message>
            <source>No PIN has been set yet. Ask the municipality for this kiosk's setup code: with it you set your PIN here on the screen.</source>
            <translation>PIN-koodia ei ole vielä asetettu. Pyydä kunnalta tämän tietokoneen kertakäyttökoodi: sillä asetat PIN-koodisi täällä näytöllä.</translation>
        </message>
        <message>
            <source>The PIN file is damaged. Ask the municipality for a new setup code: with it you set a new PIN here on the screen.</source>
            <translation>PIN-tiedosto on vahingoittunut. Pyydä kunnalta uusi kertakäyttökoodi: sillä asetat uuden PIN-koodin täällä näytöllä.</translation>
        </message>
        <message>
            <source>Choose your PIN: 4 to 8 digits that only you know.</source>
            <translation>Valitse PIN-koodisi: 4–8 numeroa, jotka vain sinä tiedät.</translation>
        </message>
        <message>
            <source>Enter the same PIN once more.</source>
            <translation>Anna sama PIN-koodi vielä kerran.</translation>
        </message>
        <message>
            <source>The two PINs differed – choose again.</source>
            <translation>PIN-koodit olivat erilaiset – valitse uudelleen.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again.</source>
            <translation>Väärä kertakäyttökoodi – yritä uudelleen.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again in %1 s</source>
            <translation>Väärä kertakäyttökoodi – yritä uudelleen %1 s kuluttua</translation>
        </message>
        <message>
            <source>The PIN could not be saved. Call the municipality.</source>
            <translation>PIN-koodia ei voitu tallentaa. Soita kuntaan.</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="94" />
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="95" />
            <source>Nature</source>
            <translation>Luonto</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="96" />
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="97" />
            <source>Food and café</source>
            <translation>Ruoka ja kahvilat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="98" />
            <source>Stay</source>
            <translation>Majoitus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="99" />
            <source>Activities</source>
            <translation>Aktiviteetit</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="100" />
            <source>Practical</source>
            <translation>Käytännön tietoa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="115" />
            <source>Tourist information</source>
            <translation>Matkailuneuvonta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="116" />
            <source>Places to see and things to do nearby</source>
            <translation>Nähtävää ja tekemistä lähistöllä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="138" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="141" />
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="143" />
            <source>Opening hours</source>
            <translation>Aukioloajat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="146" />
            <source>Distance</source>
            <translation>Etäisyys</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="148" />
            <source>Telephone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="150" />
            <source>Website</source>
            <translation>Verkkosivut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="155" />
            <source>Scan to open the website on your phone</source>
            <translation>Skannaa koodi ja avaa verkkosivut puhelimellasi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="189" />
            <source>Around the clock, every day</source>
            <translation>Ympäri vuorokauden joka päivä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="195" />
            <source>Less than 1 km from here (as the crow flies)</source>
            <translation>Alle 1 km täältä (linnuntietä)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="196" />
            <source>%1 km from here (as the crow flies)</source>
            <translation>%1 km täältä (linnuntietä)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="153" />
            <source>Scan to open the map on your phone</source>
            <translation>Skannaa koodi ja avaa kartta puhelimellasi</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Turvapisteet</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="178" />
            <source>Previous page</source>
            <translation>Edellinen sivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="179" />
            <source>Next page</source>
            <translation>Seuraava sivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="180" />
            <source>Zoom out</source>
            <translation>Loitonna</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="181" />
            <source>Zoom in</source>
            <translation>Lähennä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="182" />
            <location filename="../../kiosk/ui/pages/reader.py" line="189" />
            <source>Fit to width</source>
            <translation>Sovita leveyteen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="190" />
            <source>This brochure cannot be shown right now</source>
            <translation>Tätä esitettä ei voi näyttää juuri nyt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="191" />
            <source>Brochure</source>
            <translation>Esite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="192" />
            <source>Brochure pages</source>
            <translation>Esitteen sivut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="197" />
            <source>Swipe to turn the pages, or use the buttons below</source>
            <translation>Selaa sivuja pyyhkäisemällä tai alla olevilla painikkeilla</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="212" />
            <source>Scan to get the brochure on your phone</source>
            <translation>Skannaa ja saat esitteen puhelimeesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="220" />
            <source>Page %1 of %2</source>
            <translation>Sivu %1/%2</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <source>Popular categories</source>
            <translation>Suositut luokat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="62" />
            <location filename="../../kiosk/ui/pages/search.py" line="65" />
            <source>Search</source>
            <translation>Haku</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="63" />
            <source>Places, events, e-services and brochures</source>
            <translation>Paikat, tapahtumat, e-palvelut ja esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="64" />
            <source>Type what you are looking for</source>
            <translation>Kirjoita, mitä etsit</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="87" />
            <source>No results for “%1”</source>
            <translation>Ei tuloksia haulle ”%1”</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="96" />
            <source>Places</source>
            <translation>Paikat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="107" />
            <source>Events</source>
            <translation>Tapahtumat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="120" />
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="131" />
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Clear the search field</source>
            <translation>Tyhjennä hakukenttä</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="379" />
            <source>The municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="380" />
            <source>Health and care</source>
            <translation>Terveys ja hoito</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="381" />
            <source>Taxes and money</source>
            <translation>Verot ja raha-asiat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="382" />
            <source>Work and studies</source>
            <translation>Työ ja opiskelu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="383" />
            <source>Social insurance and pensions</source>
            <translation>Sosiaaliturva ja eläkkeet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="384" />
            <source>Travel and traffic</source>
            <translation>Matkustaminen ja liikenne</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="385" />
            <source>Safety and emergencies</source>
            <translation>Turvallisuus ja hätätilanteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="390" />
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="393" />
            <source>No internet connection right now: scan a code to continue on your phone</source>
            <translation>Internetyhteys on juuri nyt poikki – skannaa koodi ja jatka puhelimella</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="395" />
            <source>Municipal and national services on the web</source>
            <translation>Kunnan ja valtion palvelut verkossa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="411" />
            <source>Needs internet</source>
            <translation>Vaatii internetin</translation>
        </message>
    </context>
    <context>
        <name>StatusView</name>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Speech</source>
            <translation>Puhe</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>works (speech mode and keypad)</source>
            <translation>toimii (puhe ja näppäimistö)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>missing: the kiosk runs without speech (%1)</source>
            <translation>puuttuu: tietokone ei lue mitään ääneen (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>switched off in the settings</source>
            <translation>poistettu käytöstä asetuksissa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>starting</source>
            <translation>käynnistyy</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="81" />
            <source>Updating now…</source>
            <translation>Päivitetään…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="96" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="110" />
            <source>Update now</source>
            <translation>Päivitä nyt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="112" />
            <source>Restart the kiosk</source>
            <translation>Käynnistä ohjelma uudelleen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="113" />
            <source>Exit to the desktop</source>
            <translation>Poistu työpöydälle</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="114" />
            <source>Yes, exit the kiosk</source>
            <translation>Kyllä, sulje ohjelma</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="120" />
            <source>today %1</source>
            <translation>tänään %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="122" />
            <source>yesterday %1</source>
            <translation>eilen %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="130" />
            <source>No content yet</source>
            <translation>Ei vielä sisältöä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="131" />
            <source>Check the internet connection, then touch 'Update now'.</source>
            <translation>Tarkista internetyhteys ja kosketa sitten Päivitä nyt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="136" />
            <source>No connection since %1</source>
            <translation>Ei yhteyttä %1 lähtien</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="139" />
            <source>Visitors still see the last content. Check the router and the cable.</source>
            <translation>Kävijät näkevät yhä viimeisimmän sisällön. Tarkista reititin ja johto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/status.py" line="146" />
            <source>The content is %n day(s) old</source>
            <translation>
                <numerusform>Sisältö on %n päivän vanha</numerusform>
                <numerusform>Sisältö on %n päivää vanha</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="147" />
            <source>Touch 'Update now'. If it stays old, call the municipality.</source>
            <translation>Kosketa Päivitä nyt. Jos sisältö on yhä vanha, soita kuntaan.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="152" />
            <source>The content has expired</source>
            <translation>Sisältö on vanhentunut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="153" />
            <source>Call the municipality: the feed is not being updated.</source>
            <translation>Soita kuntaan: sisältö ei enää päivity.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="156" />
            <source>The last update failed</source>
            <translation>Viimeisin päivitys epäonnistui</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="157" />
            <source>Everything works</source>
            <translation>Kaikki toimii</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>The service point "%1" is not in the content</source>
            <translation>Palvelupistettä ”%1” ei ole sisällössä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>Check the setting service_point, or call the municipality. Visitors see %1 meanwhile.</source>
            <translation>Tarkista asetus service_point tai soita kunnalle. Kävijät näkevät sillä välin kohteen %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="161" />
            <source>Last update</source>
            <translation>Viimeisin päivitys</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="162" />
            <source>Content</source>
            <translation>Sisältö</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="163" />
            <source>Statistics sent</source>
            <translation>Tilastot lähetetty</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="164" />
            <source>Disk space</source>
            <translation>Levytila</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="165" />
            <source>Program version</source>
            <translation>Ohjelmaversio</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="168" />
            <source>No feed address is set: content comes from a folder</source>
            <translation>Sisällön verkko-osoitetta ei ole asetettu: sisältö tulee kansiosta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="170" />
            <source>not yet since the start</source>
            <translation>ei vielä käynnistyksen jälkeen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="173" />
            <source>new content fetched</source>
            <translation>uutta sisältöä haettu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="174" />
            <source>nothing new</source>
            <translation>ei uutta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="175" />
            <source>failed: %1</source>
            <translation>epäonnistui: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="182" />
            <source>version %1, fetched %2</source>
            <translation>versio %1, haettu %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="187" />
            <source>not yet</source>
            <translation>ei vielä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="193" />
            <source>%1 free of %2</source>
            <translation>%1 vapaana / %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="195" />
            <source>almost full: call for help</source>
            <translation>melkein täynnä: soita apua</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="209" />
            <source>The kiosk's own data was damaged</source>
            <translation>Tietokoneen omat tiedot olivat vioittuneet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="210" />
            <source>Visitors are not affected. Read 'Own data' below and tell the municipality.</source>
            <translation>Kävijät eivät huomaa mitään. Lue Omat tiedot alta ja kerro kunnalle.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="221" />
            <source>Own data</source>
            <translation>Omat tiedot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="257" />
            <source>in order</source>
            <translation>kunnossa</translation>
        </message>
        <message>
            <source>Public warnings</source>
            <translation>Yleisövaroitukset</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>ei vielä tarkistettu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The disk is full</source>
            <translation>Levy on täynnä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Visitors still see the content; new events and statistics may not be saved. Old files are being removed. If this stays, call for help.</source>
            <translation>Kävijät näkevät yhä sisällön, mutta uusia tapahtumia ja tilastoja ei ehkä tallenneta. Vanhoja tiedostoja poistetaan. Jos tilanne jatkuu, pyydä apua.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is ahead</source>
            <translation>Kello on väärässä: se edistää</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is behind</source>
            <translation>Kello on väärässä: se jätättää</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The kiosk's clock says %1. Statistics wait until it is right. Call for help to set the date and time.</source>
            <translation>Tietokoneen kello näyttää %1. Tilastot odottavat, kunnes kello on oikeassa. Pyydä apua päivämäärän ja ajan asettamiseen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The content was damaged and has been rebuilt</source>
            <translation>Sisältö oli vaurioitunut, ja se on rakennettu uudelleen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Nothing needs doing now. If it happens again, the disk may be failing: call the municipality.</source>
            <translation>Nyt ei tarvitse tehdä mitään. Jos tämä toistuu, levy voi olla hajoamassa: soita kuntaan.</translation>
        </message>
        <message>
            <source>not working: visitors cannot have texts read aloud</source>
            <translation>ei toimi: kävijät eivät voi kuunnella tekstejä ääneen luettuina</translation>
        </message>
        <message>
            <source>Reading aloud does not work</source>
            <translation>Ääneen lukeminen ei toimi</translation>
        </message>
        <message>
            <source>Visitors can use the screen as usual, but cannot have texts read aloud. Touch 'Restart the kiosk'; if that does not help, call the municipality.</source>
            <translation>Kävijät voivat käyttää näyttöä tavalliseen tapaan, mutta eivät voi kuunnella tekstejä. Kosketa ”Käynnistä ohjelma uudelleen”; jos se ei auta, soita kuntaan.</translation>
        </message>
    </context>
    <context>
        <name>UsageView</name>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="93" />
            <source>Usage</source>
            <translation>Käyttö</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="94" />
            <source>Report for the municipality</source>
            <translation>Raportti kunnalle</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="108" />
            <source>The report is not available in this version yet.</source>
            <translation>Raportti ei ole vielä saatavilla tässä versiossa.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="116" />
            <source>No usage figures yet: the statistics start with the next version.</source>
            <translation>Ei vielä käyttölukuja.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="121" />
            <source>Visitors are counted without anything about who they are. Your own use in shop-owner mode is never counted.</source>
            <translation>Kävijät lasketaan tallentamatta mitään heistä. Omaa käyttöäsi kauppiastilassa ei lasketa.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="147" />
            <source>Visits per day</source>
            <translation>Käynnit päivittäin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="149" />
            <source>Visits per week</source>
            <translation>Käynnit viikoittain</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="152" />
            <source>w. %1</source>
            <translation>vk %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="160" />
            <source>Most used sections</source>
            <translation>Käytetyimmät osiot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="169" />
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="170" />
            <source>Tourist info</source>
            <translation>Matkailuneuvonta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="171" />
            <source>What's on</source>
            <translation>Mitä tapahtuu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="172" />
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="173" />
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="174" />
            <source>Search</source>
            <translation>Haku</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="175" />
            <source>About</source>
            <translation>Tietoa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="176" />
            <source>Notices</source>
            <translation>Tiedotteet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="194" />
            <source>Not saved: %1</source>
            <translation>Ei tallennettu: %1</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Etsi uudelleen</translation>
        </message>
        <message>
            <source>Save on %1</source>
            <translation>Tallenna: %1</translation>
        </message>
        <message>
            <source>The report for the last twelve months, as a PDF. Touch the USB stick.</source>
            <translation>Viimeisen kahdentoista kuukauden raportti PDF-tiedostona. Kosketa USB-muistia.</translation>
        </message>
        <message>
            <source>No USB stick found. Put one in the computer and touch 'Look again'.</source>
            <translation>USB-muistia ei löytynyt. Liitä muisti tietokoneeseen ja kosketa ”Etsi uudelleen”.</translation>
        </message>
        <message>
            <source>Saved on %1 as %2</source>
            <translation>Tallennettu: %1, tiedosto %2</translation>
        </message>
        <message>
            <source>No figures yet</source>
            <translation>Ei vielä lukuja</translation>
        </message>
    </context>
    <context>
        <name>BrowserNotices</name>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="28" />
            <source>Files cannot be uploaded on this computer</source>
            <translation>Tältä tietokoneelta ei voi lähettää tiedostoja</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="29" />
            <source>Scan the code to continue on your phone, where you can choose the file.</source>
            <translation>Skannaa koodi ja jatka puhelimellasi, jossa voit valita tiedoston.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="30" />
            <source>Back to the page</source>
            <translation>Takaisin sivulle</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="38" />
            <source>The page stopped working</source>
            <translation>Sivu lakkasi toimimasta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="39" />
            <source>The kiosk opens the e-service again by itself in a moment.</source>
            <translation>Tietokone avaa e-palvelun hetken päästä uudelleen itsestään.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="40" />
            <source>Try again now</source>
            <translation>Yritä nyt uudelleen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="48" />
            <source>The page stopped responding</source>
            <translation>Sivu lakkasi vastaamasta</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Are you still there?</source>
            <translation>Oletko vielä siinä?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Press any key or touch the screen to continue</source>
            <translation>Jatka painamalla mitä tahansa näppäintä tai koskettamalla näyttöä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>List with %1 items</source>
            <translation>Luettelossa %1 kohdetta</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen</source>
            <translation>Kuuntele</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen: read the screen aloud</source>
            <translation>Kuuntele: lue näyttö ääneen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. F1 gives help.</source>
            <translation>Liiku nuolinäppäimillä tai sarkaimella, valitse Enterillä. F1 antaa ohjeet.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>PIN code keypad</source>
            <translation>PIN-koodin näppäimistö</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Page %1 of %2</source>
            <translation>Sivu %1/%2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speech is on</source>
            <translation>Puhe on päällä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speed %1</source>
            <translation>Nopeus %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This kiosk has no voice for your language; it reads with the nearest one.</source>
            <translation>Tällä tietokoneella ei ole ääntä kielellesi, joten se lukee lähimmällä kielellä.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This page has no text to read.</source>
            <translation>Tällä sivulla ei ole luettavaa tekstiä.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Volume %1 percent</source>
            <translation>Äänenvoimakkuus %1 prosenttia</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on %1</source>
            <translation>Olet täällä: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>the start page</source>
            <translation>etusivu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on the e-service %1</source>
            <translation>Olet e-palvelussa %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>button</source>
            <translation>painike</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>heading</source>
            <translation>otsikko</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>selected</source>
            <translation>valittu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>text field</source>
            <translation>tekstikenttä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>unavailable</source>
            <translation>ei käytettävissä</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Quiet</source>
            <translation>Hiljaa</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Repeat</source>
            <translation>Toista</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Slower</source>
            <translation>Hitaammin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Faster</source>
            <translation>Nopeammin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Softer</source>
            <translation>Hiljemmin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Louder</source>
            <translation>Kovemmin</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Help</source>
            <translation>Ohje</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. Backspace goes back, Home goes to the start page. Plus and minus change the volume, Page Up and Page Down the speed. Star repeats, Escape stops the speech, F1 or slash reads this help again.</source>
            <translation>Liiku nuolinäppäimillä tai sarkaimella, valitse Enterillä. Askelpalautin palaa takaisin, Home vie etusivulle. Plus ja miinus muuttavat äänenvoimakkuutta, Page Up ja Page Down nopeutta. Tähti toistaa, Escape lopettaa puheen, F1 tai kauttaviiva lukee tämän ohjeen uudelleen.</translation>
        </message>
    </context>
    <context>
        <name>ActivityRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>your event</source>
            <translation>oma tapahtumasi</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>the municipality's calendar</source>
            <translation>kunnan kalenteri</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held</source>
            <translation>Toteutui</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held: %1</source>
            <translation>Toteutui: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled: %1</source>
            <translation>Peruttu: %1</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBox</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held or cancelled?</source>
            <translation>Toteutuiko vai peruttiinko?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>The municipality counts the activities you confirm as held. Answer for each activity that has taken place.</source>
            <translation>Kunta laskee ne tapahtumat, jotka vahvistat toteutuneiksi. Vastaa jokaisesta jo pidetystä tapahtumasta.</translation>
        </message>
    </context>
    <context>
        <name>AddressPage</name>
        <message>
            <source>2. Where the kiosks fetch the content</source>
            <translation>2. Mistä kioskit hakevat sisällön</translation>
        </message>
        <message>
            <source>Remember the password in this PC's keychain</source>
            <translation>Tallenna salasana tämän tietokoneen avainnippuun</translation>
        </message>
        <message>
            <source>Test upload</source>
            <translation>Kokeile lähetystä</translation>
        </message>
        <message>
            <source>Upload address (or folder)</source>
            <translation>Lähetysosoite (tai kansio)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Käyttäjätunnus</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Salasana</translation>
        </message>
        <message>
            <source>The kiosks' address</source>
            <translation>Kioskien osoite</translation>
        </message>
        <message>
            <source>Ask whoever runs the municipality's web server for an upload address (WebDAV) with a user name and password, and for the public address where the same folder can be read. A folder or USB stick works too.</source>
            <translation>Pyydä kunnan verkkopalvelimen ylläpitäjältä lähetysosoite (WebDAV) käyttäjätunnuksineen ja salasanoineen sekä julkinen osoite, josta sama kansio voidaan lukea. Myös kansio tai USB-muisti käy.</translation>
        </message>
        <message>
            <source>Write the upload address first.</source>
            <translation>Kirjoita ensin lähetysosoite.</translation>
        </message>
        <message>
            <source>Uploading a test file…</source>
            <translation>Lähetetään kokeilutiedostoa…</translation>
        </message>
        <message>
            <source>This PC has no keychain: the password will be asked for at each publication.</source>
            <translation>Tietokoneessa ei ole avainnippua: salasana kysytään jokaisella julkaisukerralla.</translation>
        </message>
    </context>
    <context>
        <name>ContentPanel</name>
        <message>
            <source>Active</source>
            <comment>one item's state</comment>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <comment>one item's state</comment>
            <translation>Tulossa</translation>
        </message>
        <message>
            <source>Expired</source>
            <comment>one item's state</comment>
            <translation>Päättynyt</translation>
        </message>
        <message>
            <source>Add a service point</source>
            <translation>Lisää palvelupiste</translation>
        </message>
        <message>
            <source>No service points yet. Add the municipality's service points first: then you can choose where each notice and event is shown.</source>
            <translation>Palvelupisteitä ei ole vielä. Lisää ensin kunnan palvelupisteet: sitten voit valita, missä kukin tiedote ja tapahtuma näytetään.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Uusi</translation>
        </message>
        <message>
            <source>ends within 14 days</source>
            <translation>päättyy 14 päivän sisällä</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) end within 14 days.</source>
            <translation>
                <numerusform>%n kohde päättyy 14 päivän sisällä.</numerusform>
                <numerusform>%n kohdetta päättyy 14 päivän sisällä.</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Tulossa</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Päättyneet</translation>
        </message>
        <message>
            <source>Ends within 14 days</source>
            <translation>Päättyy 14 päivän sisällä</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>the new item</source>
            <translation>uusi kohde</translation>
        </message>
        <message>
            <source>You have changed “%1” without saving.</source>
            <translation>Olet muuttanut kohdetta ”%1” tallentamatta.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Hylkää muutokset</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>It cannot be saved yet: fix what is marked in red, or discard.</source>
            <translation>Tallentaminen ei vielä onnistu: korjaa punaisella merkityt kohdat tai hylkää muutokset.</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <source>All day</source>
            <translation>Koko päivän</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>3. Give these two settings to each kiosk</source>
            <translation>3. Anna jokaiselle kioskille nämä kaksi asetusta</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopioi</translation>
        </message>
        <message>
            <source>Put these two lines into each kiosk's settings file (or send them to whoever installs the kiosks). Then every kiosk fetches what you publish and checks that it comes from you.</source>
            <translation>Lisää nämä kaksi riviä jokaisen kioskin asetustiedostoon (tai lähetä ne kioskien asentajalle). Silloin jokainen kioski hakee julkaisemasi sisällön ja tarkistaa, että se tulee sinulta.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Getting started</source>
            <translation>Näin pääset alkuun</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Seuraava</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>FleetPanel</name>
        <message>
            <source>Every kiosk uploads a short note on how it is doing every 15 minutes. Write where they upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Jokainen kioski lähettää 15 minuutin välein lyhyen tiedon siitä, miten se voi. Kirjoita yllä olevaan ruutuun, minne kioskit lähettävät tietonsa (sama osoite kuin upload_url kioskien asetuksissa), ja lue ne.</translation>
        </message>
        <message>
            <source>Read the service points</source>
            <translation>Lue palvelupisteet</translation>
        </message>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Minne kioskit lähettävät tietonsa?</translation>
        </message>
        <message>
            <source>The kiosk's home screen</source>
            <translation>Kioskin etusivu</translation>
        </message>
        <message>
            <source>All is well</source>
            <translation>Kaikki kunnossa</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Ei koskaan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Auki</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>%1 of %2 service points are fine.</source>
            <translation>%1/%2 palvelupistettä on kunnossa.</translation>
        </message>
        <message>
            <source>This kiosk has not sent a picture of its screen yet.</source>
            <translation>Tämä kioski ei ole vielä lähettänyt kuvaa näytöstään.</translation>
        </message>
        <message>
            <source>How the service points' kiosks are doing</source>
            <translation>Palvelupisteiden kioskien tilanne</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Kioskit lähettävät osoitteeseen</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Palvelupiste</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Viimeisin yhteys</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nyt</translation>
        </message>
        <message>
            <source>Create the report for the last quarter…</source>
            <translation>Luo raportti edelliseltä vuosineljännekseltä…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Publish…</source>
            <translation>Julkaise…</translation>
        </message>
        <message>
            <source>When you press Publish, every kiosk shows what is in the folder within a quarter of an hour. Each publication is listed here, and the last one can be undone.</source>
            <translation>Kun painat Julkaise, jokainen kioski näyttää kansion sisällön vartin kuluessa. Jokainen julkaisu näkyy tässä, ja viimeisimmän voi perua.</translation>
        </message>
        <message>
            <source>Version %1, published %2</source>
            <translation>Versio %1, julkaistu %2</translation>
        </message>
        <message>
            <source>(undo back to version %1)</source>
            <translation>(palautettu versioon %1)</translation>
        </message>
        <message>
            <source>Nothing has been published from this folder yet.</source>
            <translation>Tästä kansiosta ei ole vielä julkaistu mitään.</translation>
        </message>
        <message>
            <source>Published versions</source>
            <translation>Julkaistut versiot</translation>
        </message>
        <message>
            <source>Undo the last publication</source>
            <translation>Peru viimeisin julkaisu</translation>
        </message>
    </context>
    <context>
        <name>HoursRow</name>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Try the link</source>
            <translation>Kokeile linkkiä</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Valitse tiedosto…</translation>
        </message>
        <message>
            <source>Fix what is marked in red before saving.</source>
            <translation>Korjaa punaisella merkityt kohdat ennen tallentamista.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Kuvat (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Translations missing: visitors read these texts in another language (Finnish → Swedish, German → English → Swedish).</source>
            <translation>Käännöksiä puuttuu: kävijät lukevat nämä tekstit toisella kielellä (suomi → ruotsi, saksa → englanti → ruotsi).</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Rivi %1: %2</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>1. A key that proves the content is yours</source>
            <translation>1. Avain, joka osoittaa sisällön tulevan sinulta</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Valitse kansio…</translation>
        </message>
        <message>
            <source>Create the key</source>
            <translation>Luo avain</translation>
        </message>
        <message>
            <source>Password for the key</source>
            <translation>Avaimen salasana</translation>
        </message>
        <message>
            <source>The same password again</source>
            <translation>Sama salasana uudelleen</translation>
        </message>
        <message>
            <source>Keep the key in</source>
            <translation>Tallenna avain kansioon</translation>
        </message>
        <message>
            <source>Every kiosk checks that what it shows comes from you. For that, this PC gets a key that signs each publication. The key stays on this PC, locked with a password that only you know. Write the password down somewhere safe: without it nothing can be published.</source>
            <translation>Jokainen kioski tarkistaa, että sen näyttämä sisältö tulee sinulta. Siksi tämä tietokone saa avaimen, joka allekirjoittaa jokaisen julkaisun. Avain pysyy tällä tietokoneella salasanalla lukittuna, ja salasanan tiedät vain sinä. Kirjoita salasana muistiin turvalliseen paikkaan: ilman sitä mitään ei voi julkaista.</translation>
        </message>
        <message>
            <source>Folder for the key</source>
            <translation>Avaimen kansio</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Salasanat eivät ole samat.</translation>
        </message>
        <message>
            <source>Creating the key; this takes a few seconds…</source>
            <translation>Avainta luodaan, se kestää muutaman sekunnin…</translation>
        </message>
        <message>
            <source>The key is ready: %1</source>
            <translation>Avain on valmis: %1</translation>
        </message>
    </context>
    <context>
        <name>LangTextField</name>
        <message>
            <source>missing</source>
            <translation>puuttuu</translation>
        </message>
    </context>
    <context>
        <name>OpeningHoursField</name>
        <message>
            <source>Add opening hours</source>
            <translation>Lisää aukioloaika</translation>
        </message>
    </context>
    <context>
        <name>PointsField</name>
        <message>
            <source>Shown at every service point. Tick some to show it only there.</source>
            <translation>Näytetään kaikissa palvelupisteissä. Valitse palvelupisteet, jos haluat näyttää sen vain niissä.</translation>
        </message>
        <message>
            <source>Shown only at the ticked service points.</source>
            <translation>Näytetään vain valituissa palvelupisteissä.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>The kiosk's pages are drawn here once the source folder has at least one service point.</source>
            <translation>Kioskin sivut piirretään tähän, kun lähdekansiossa on vähintään yksi palvelupiste.</translation>
        </message>
        <message>
            <source>Drawing the kiosk's page…</source>
            <translation>Kioskin sivua piirretään…</translation>
        </message>
        <message>
            <source>This is how the kiosk at %1 will show it once you publish.</source>
            <translation>Näin palvelupisteen %1 kioski näyttää sen, kun julkaiset.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Esikatselu</translation>
        </message>
        <message>
            <source>The kiosk's own pages, drawn from what you have written but not yet published. Visitors see nothing until you publish.</source>
            <translation>Kioskin omat sivut piirrettyinä siitä, mitä olet kirjoittanut mutta et vielä julkaissut. Kävijät eivät näe mitään ennen kuin julkaiset.</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Palvelupiste</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Sivu</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tekstin koko</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Värit</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Näyttö</translation>
        </message>
        <message>
            <source>Normal (A)</source>
            <translation>Normaali (A)</translation>
        </message>
        <message>
            <source>Larger (A+)</source>
            <translation>Suurempi (A+)</translation>
        </message>
        <message>
            <source>Largest (A++)</source>
            <translation>Suurin (A++)</translation>
        </message>
        <message>
            <source>Normal colours</source>
            <translation>Tavalliset värit</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Suuri kontrasti</translation>
        </message>
        <message>
            <source>Wide screen 1920 × 1080</source>
            <translation>Leveä näyttö 1920 × 1080</translation>
        </message>
        <message>
            <source>Small screen 1366 × 768</source>
            <translation>Pieni näyttö 1366 × 768</translation>
        </message>
        <message>
            <source>Standing screen 1080 × 1920</source>
            <translation>Pystynäyttö 1080 × 1920</translation>
        </message>
        <message>
            <source>Draw again</source>
            <translation>Piirrä uudelleen</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Aloitussivu</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Tiedotteet</translation>
        </message>
        <message>
            <source>What's on</source>
            <translation>Mitä tapahtuu</translation>
        </message>
        <message>
            <source>Tourist information</source>
            <translation>Matkailuneuvonta</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <source>About the service point</source>
            <translation>Tietoa palvelupisteestä</translation>
        </message>
        <message>
            <source>Screen saver</source>
            <translation>Näytönsäästäjä</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Undo the last publication</source>
            <translation>Peru viimeisin julkaisu</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Julkaise</translation>
        </message>
        <message>
            <source>The kiosks will show again what the publication before the last one showed. It is published as a new version.</source>
            <translation>Kioskit näyttävät taas sen, mitä viimeistä edeltävä julkaisu näytti. Se julkaistaan uutena versiona.</translation>
        </message>
        <message>
            <source>Everything in the source folder is checked, signed and sent to:</source>
            <translation>Kaikki lähdekansion sisältö tarkistetaan, allekirjoitetaan ja lähetetään osoitteeseen:</translation>
        </message>
        <message>
            <source>The key's password</source>
            <translation>Avaimen salasana</translation>
        </message>
        <message>
            <source>Upload password</source>
            <translation>Lähetyksen salasana</translation>
        </message>
        <message>
            <source>Undo now</source>
            <translation>Peru nyt</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Julkaise nyt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>Checking and signing…</source>
            <translation>Tarkistetaan ja allekirjoitetaan…</translation>
        </message>
        <message>
            <source>Sending file %1 of %2…</source>
            <translation>Lähetetään tiedostoa %1/%2…</translation>
        </message>
    </context>
    <context>
        <name>PublisherForm</name>
        <message>
            <source>Notices</source>
            <translation>Tiedotteet</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Tapahtumat</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Paikat</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>E-palvelut</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Esitteet</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Palvelupisteet</translation>
        </message>
        <message>
            <source>Shown from</source>
            <translation>Ensimmäinen näyttöpäivä</translation>
        </message>
        <message>
            <source>from the day</source>
            <translation>tämä päivä mukaan lukien</translation>
        </message>
        <message>
            <source>Shown until</source>
            <translation>Viimeinen näyttöpäivä</translation>
        </message>
        <message>
            <source>until and including</source>
            <translation>tämä päivä mukaan lukien</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Katu</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Paikkakunta</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Tiedote</translation>
        </message>
        <message>
            <source>Important (red)</source>
            <translation>Tärkeä (punainen)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Ei toistu</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Joka viikko</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Joka toinen viikko</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Joka kuukausi</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Alkaa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Päättyy</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Toistuu</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Verkkosivu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <source>In short</source>
            <translation>Lyhyesti</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Kuva</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Aukioloajat</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Mihin se on tarkoitettu</translation>
        </message>
        <message>
            <source>May also open</source>
            <translation>Saa avata myös</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF-tiedosto</translation>
        </message>
        <message>
            <source>Cover picture</source>
            <translation>Kansikuva</translation>
        </message>
        <message>
            <source>Public computer with internet</source>
            <translation>Asiakastietokone ja internetyhteys</translation>
        </message>
        <message>
            <source>Café corner</source>
            <translation>Kahvinurkkaus</translation>
        </message>
        <message>
            <source>Tourist information and brochures</source>
            <translation>Matkailuneuvonta ja esitteet</translation>
        </message>
        <message>
            <source>At least three activities a year</source>
            <translation>Vähintään kolme tapahtumaa vuodessa</translation>
        </message>
        <message>
            <source>Grocery home delivery</source>
            <translation>Päivittäistavaroiden kotiinkuljetus</translation>
        </message>
        <message>
            <source>Name of the shop</source>
            <translation>Kaupan nimi</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Kylä</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Täytetyt kriteerit</translation>
        </message>
        <message>
            <source>About the café</source>
            <translation>Kahvilasta</translation>
        </message>
        <message>
            <source>About home delivery</source>
            <translation>Kotiinkuljetuksesta</translation>
        </message>
        <message>
            <source>Home delivery telephone</source>
            <translation>Kotiinkuljetuksen puhelin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Luonto</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Kulttuuri</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteetit</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Käytännön tietoa</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation>Terveys ja hoito</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Turvapisteet</translation>
        </message>
        <message>
            <source>Food and café</source>
            <translation>Ruoka ja kahvilat</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Majoitus</translation>
        </message>
        <message>
            <source>Taxes and money</source>
            <translation>Verot ja raha-asiat</translation>
        </message>
        <message>
            <source>Work and studies</source>
            <translation>Työ ja opiskelu</translation>
        </message>
        <message>
            <source>Social insurance and pensions</source>
            <translation>Sosiaaliturva ja eläkkeet</translation>
        </message>
        <message>
            <source>Travel and traffic</source>
            <translation>Matkustaminen ja liikenne</translation>
        </message>
        <message>
            <source>Safety and emergencies</source>
            <translation>Turvallisuus ja hätätilanteet</translation>
        </message>
        <message>
            <source>Days that differ</source>
            <translation>Poikkeavat aukioloajat</translation>
        </message>
    </context>
    <context>
        <name>PublisherWindow</name>
        <message>
            <source>Service point kiosks – publishing</source>
            <translation>Palvelupisteiden kioskit – julkaisu</translation>
        </message>
        <message>
            <source>Content for the service points' kiosks</source>
            <translation>Palvelupisteiden kioskien sisältö</translation>
        </message>
        <message>
            <source>Source folder: %1</source>
            <translation>Lähdekansio: %1</translation>
        </message>
        <message>
            <source>No source folder is open yet.</source>
            <translation>Yhtään lähdekansiota ei ole vielä avattu.</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Avaa kansio…</translation>
        </message>
        <message>
            <source>New folder…</source>
            <translation>Uusi kansio…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Asetukset…</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Julkaise</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Sisältö</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Esikatselu</translation>
        </message>
        <message>
            <source>Publications</source>
            <translation>Julkaisut</translation>
        </message>
        <message>
            <source>The shops' events</source>
            <translation>Kauppojen tapahtumat</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Palvelupisteet</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Tallenna raportti</translation>
        </message>
        <message>
            <source>Open the source folder</source>
            <translation>Avaa lähdekansio</translation>
        </message>
        <message>
            <source>An empty folder for the content</source>
            <translation>Tyhjä kansio sisällölle</translation>
        </message>
        <message>
            <source>New source folder</source>
            <translation>Uusi lähdekansio</translation>
        </message>
        <message>
            <source>The municipality's name:</source>
            <translation>Kunnan nimi:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Delete this item? Kiosks keep showing it until you publish.</source>
            <translation>Poistetaanko tämä? Kioskit näyttävät sen, kunnes julkaiset.</translation>
        </message>
    </context>
    <context>
        <name>ShopEventsPanel</name>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Minne kioskit lähettävät tietonsa?</translation>
        </message>
        <message>
            <source>Read the shops' events</source>
            <translation>Lue kauppojen tapahtumat</translation>
        </message>
        <message>
            <source>The shop owners' events come with the kiosks' uploads. Write where the kiosks upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Kauppiaiden tapahtumat tulevat kioskien lähettämien tietojen mukana. Kirjoita yllä olevaan ruutuun, minne kioskit lähettävät tietonsa (sama osoite kuin upload_url kioskien asetuksissa), ja lue ne.</translation>
        </message>
        <message>
            <source>repeats</source>
            <translation>toistuu</translation>
        </message>
        <message>
            <source>No shop has posted any upcoming event.</source>
            <translation>Mikään kauppa ei ole lisännyt tulevia tapahtumia.</translation>
        </message>
        <message>
            <source>Events the shops have posted</source>
            <translation>Kauppojen lisäämät tapahtumat</translation>
        </message>
        <message>
            <source>Shop owners post their own events on their kiosk; they show there only. Choose one and press the button to show it on every service point's kiosk too.</source>
            <translation>Kauppiaat lisäävät omia tapahtumiaan kioskiinsa, ja ne näkyvät vain siellä. Valitse tapahtuma ja paina painiketta, niin se näkyy myös kaikkien palvelupisteiden kioskeissa.</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Kioskit lähettävät osoitteeseen</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Show at all service points</source>
            <translation>Näytä kaikissa palvelupisteissä</translation>
        </message>
    </context>
    <context>
        <name>AlertTakeover</name>
        <message>
            <source>Important public announcement</source>
            <translation>Tärkeä tiedote väestölle</translation>
        </message>
        <message>
            <source>Message from the municipality</source>
            <translation>Kunnan tiedote</translation>
        </message>
        <message>
            <source>Last checked at %1</source>
            <translation>Tarkistettu viimeksi klo %1</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>Olen lukenut tämän</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Lähde: %1</translation>
        </message>
        <message>
            <source>Sent %1</source>
            <translation>Lähetetty %1</translation>
        </message>
        <message>
            <source>Valid until %1</source>
            <translation>Voimassa %1 asti</translation>
        </message>
        <message>
            <source>What you should do</source>
            <translation>Toimi näin</translation>
        </message>
    </context>
    <context>
        <name>AlertStrip</name>
        <message>
            <source>%1 – touch to read</source>
            <translation>%1 – lue koskettamalla</translation>
        </message>
        <message>
            <source>Could not check for warnings since %1 – listen to Sveriges Radio P4</source>
            <translation>Varoituksia ei ole voitu tarkistaa klo %1 jälkeen – kuuntele Sveriges Radion P4-kanavaa</translation>
        </message>
        <message>
            <source>Red warning</source>
            <translation>Punainen varoitus</translation>
        </message>
        <message>
            <source>Orange warning</source>
            <translation>Oranssi varoitus</translation>
        </message>
        <message>
            <source>Yellow warning</source>
            <translation>Keltainen varoitus</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Tiedote</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>%1 asti</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Lähde: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertScreen</name>
        <message>
            <source>If the power fails</source>
            <translation>Jos sähköt katkeavat</translation>
        </message>
        <message>
            <source>last checked at %1</source>
            <translation>tarkistettu viimeksi klo %1</translation>
        </message>
        <message>
            <source>could not check since %1</source>
            <translation>ei voitu tarkistaa klo %1 jälkeen</translation>
        </message>
        <message>
            <source>shown now: %1</source>
            <translation>näkyvissä nyt: %1</translation>
        </message>
        <message>
            <source>held back: %1 test or exercise alerts</source>
            <translation>pidätetty: %1 testi- tai harjoitustiedotetta</translation>
        </message>
    </context>
    <context>
        <name>EmergencyPage</name>
        <message>
            <source>If the power or the mobile network fails</source>
            <translation>Jos sähköt tai mobiiliverkko katkeavat</translation>
        </message>
        <message>
            <source>This page works without internet.</source>
            <translation>Tämä sivu toimii ilman internetiä.</translation>
        </message>
        <message>
            <source>Emergency: police, ambulance, fire and rescue. Works from any mobile phone.</source>
            <translation>Hätätilanne: poliisi, ambulanssi ja pelastuslaitos. Toimii kaikista matkapuhelimista.</translation>
        </message>
        <message>
            <source>Information about serious accidents and crises.</source>
            <translation>Tietoa vakavista onnettomuuksista ja kriiseistä.</translation>
        </message>
        <message>
            <source>Health advice around the clock.</source>
            <translation>Terveysneuvontaa ympäri vuorokauden.</translation>
        </message>
        <message>
            <source>Listen to Sveriges Radio P4</source>
            <translation>Kuuntele Sveriges Radion P4-kanavaa</translation>
        </message>
        <message>
            <source>Important public announcements (VMA) come on the radio first. A battery radio or a car radio works without power.</source>
            <translation>Tärkeät tiedotteet väestölle (VMA) tulevat ensin radiosta. Paristoradio tai autoradio toimii ilman sähköä.</translation>
        </message>
        <message>
            <source>Crisis meeting points</source>
            <translation>Turvapisteet</translation>
        </message>
        <message>
            <source>When power or telecoms fail for long, the municipality opens trygghetspunkter: information, water, warmth and phone charging.</source>
            <translation>Kun sähköt tai puhelinyhteydet ovat pitkään poikki, kunta avaa turvapisteitä: tietoa, vettä, lämpöä ja puhelimen latausta.</translation>
        </message>
        <message>
            <source>Ask the municipality or listen to the radio where to go.</source>
            <translation>Kysy kunnalta tai kuuntele radiota, minne mennä.</translation>
        </message>
        <message>
            <source>Nearest heart defibrillator</source>
            <translation>Lähin sydäniskuri</translation>
        </message>
        <message>
            <source>Less than 1 km from here</source>
            <translation>Alle 1 km täältä</translation>
        </message>
        <message>
            <source>%1 km from here</source>
            <translation>%1 km täältä</translation>
        </message>
    </context>
    <context>
        <name>OwnerView</name>
        <message>
            <location filename="../../kiosk/ui/owner/view.py" line="1" />
            <source>The disk is full: nothing new can be saved until there is room again.</source>
            <translation>Levy on täynnä: mitään uutta ei voi tallentaa ennen kuin tilaa vapautuu.</translation>
        </message>
    </context>
    <context>
        <name>SpecialDayRow</name>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>What the day is, e.g. Julafton</source>
            <translation>Mikä päivä on, esim. jouluaatto tai inventaario</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Alkaen</translation>
        </message>
        <message>
            <source>through</source>
            <translation>päättyen</translation>
        </message>
    </context>
    <context>
        <name>SpecialHoursField</name>
        <message>
            <source>Swedish public holidays, midsommarafton, julafton and nyårsafton are closed by themselves. Add the days that differ, e.g. open 10–14 on julafton.</source>
            <translation>Ruotsin yleisinä vapaapäivinä, juhannusaattona, jouluaattona ja uudenvuodenaattona on suljettu automaattisesti. Lisää poikkeavat päivät, esim. avoinna klo 10–14 jouluaattona.</translation>
        </message>
        <message>
            <source>Add a day that differs</source>
            <translation>Lisää poikkeava päivä</translation>
        </message>
    </context>
    <context>
        <name>UnsavedQuestion</name>
        <message>
            <source>You have changes that are not saved.</source>
            <translation>Sinulla on tallentamattomia muutoksia.</translation>
        </message>
        <message>
            <source>Go on editing</source>
            <translation>Jatka muokkaamista</translation>
        </message>
        <message>
            <source>Throw the changes away</source>
            <translation>Hylkää muutokset</translation>
        </message>
    </context>
    <context>
        <name>StartView</name>
        <message>
            <source>Create a new folder…</source>
            <translation>Luo uusi kansio…</translation>
        </message>
        <message>
            <source>Open the source folder…</source>
            <translation>Avaa lähdekansio…</translation>
        </message>
        <message>
            <source>Everything the kiosks show (notices, events, places, e-services, brochures and the service points themselves) is kept in one folder, on this computer or on a shared drive. Open that folder if you or a colleague have made it. The first time, create a new, empty folder.</source>
            <translation>Kaikki, mitä kioskit näyttävät (tiedotteet, tapahtumat, paikat, e-palvelut, esitteet ja itse palvelupisteet), on yhdessä kansiossa tällä tietokoneella tai jaetulla levyllä. Avaa se kansio, jos sinä tai työtoveri olette jo tehneet sen. Ensimmäisellä kerralla luo uusi, tyhjä kansio.</translation>
        </message>
        <message>
            <source>Start by opening the source folder</source>
            <translation>Aloita avaamalla lähdekansio</translation>
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>More (%1)</source>
            <translation>Lisää (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>Fewer</source>
            <translation>Vähemmän</translation>
        </message>
    </context>
</TS>
