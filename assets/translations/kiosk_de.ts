<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="67" />
            <source>Public computer with internet</source>
            <translation>Öffentlicher Computer mit Internet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="68" />
            <source>Café corner</source>
            <translation>Café-Ecke</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="69" />
            <source>Tourist information and brochures</source>
            <translation>Touristeninformation, Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="70" />
            <source>Activities during the year</source>
            <translation>Aktivitäten im Laufe des Jahres</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="71" />
            <source>Grocery home delivery</source>
            <translation>Lebensmittel-Lieferservice</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="91" />
            <source>Days that differ</source>
            <translation>Abweichende Öffnungszeiten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="104" />
            <source>About this service point</source>
            <translation>Über diesen Servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="108" />
            <source>Service point in %1</source>
            <translation>Servicepunkt in %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="110" />
            <source>example: a fictional shop in the demo feed</source>
            <translation>Beispiel: ein erfundener Laden aus den Demodaten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="113" />
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="120" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="121" />
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="122" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="128" />
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="85" />
            <location filename="../../kiosk/ui/pages/about.py" line="142" />
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="151" />
            <source>Here you can get</source>
            <translation>Das gibt es hier</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="164" />
            <source>not here</source>
            <translation>gibt es hier nicht</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="173" />
            <source>Café</source>
            <translation>Café</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="179" />
            <source>Home delivery</source>
            <translation>Lieferservice</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/about.py" line="182" />
            <source>Order by phone: %1</source>
            <translation>Telefonisch bestellen: %1</translation>
        </message>
    </context>
    <context>
        <name>BrochuresPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="437" />
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="438" />
            <source>Read here or take them along on your phone</source>
            <translation>Hier lesen oder aufs Handy mitnehmen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="456" />
            <source>Brochure</source>
            <translation>Broschüre</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="460" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
    </context>
    <context>
        <name>BrowserPanel</name>
        <message>
            <location filename="../../kiosk/ui/browser/panel.py" line="70" />
            <source>Scan to continue on your phone</source>
            <translation>Scannen, um auf dem Handy weiterzumachen</translation>
        </message>
    </context>
    <context>
        <name>BrowserWidget</name>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="63" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="64" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="65" />
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="66" />
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="67" />
            <source>End session</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="85" />
            <source>Type a web address</source>
            <translation>Webadresse eingeben</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="182" />
            <source>This e-service needs the internet</source>
            <translation>Dieser Online-Dienst braucht Internet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="184" />
            <source>There is no internet connection here right now. Scan the code to open %1 on your phone.</source>
            <translation>Hier gibt es gerade keine Internetverbindung. Scannen Sie den Code, um %1 auf Ihrem Handy zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="187" />
            <source>Back to the e-services</source>
            <translation>Zurück zu den Online-Diensten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="228" />
            <source>This page is outside %1</source>
            <translation>Diese Seite liegt außerhalb von %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="232" />
            <location filename="../../kiosk/ui/browser/widget.py" line="242" />
            <location filename="../../kiosk/ui/browser/widget.py" line="293" />
            <location filename="../../kiosk/ui/browser/widget.py" line="305" />
            <location filename="../../kiosk/ui/browser/widget.py" line="317" />
            <location filename="../../kiosk/ui/browser/widget.py" line="329" />
            <source>Back to %1</source>
            <translation>Zurück zu %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="240" />
            <source>Files cannot be downloaded here</source>
            <translation>Hier können keine Dateien heruntergeladen werden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>The page says</source>
            <translation>Die Seite meldet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="247" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="264" />
            <source>The page could not be opened right now</source>
            <translation>Die Seite konnte gerade nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="265" />
            <source>The kiosk tries again by itself every 30 seconds.</source>
            <translation>Der Computer versucht es alle 30 Sekunden von selbst erneut.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="266" />
            <source>Try again now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="291" />
            <source>This page asks for a login the kiosk cannot show</source>
            <translation>Diese Seite verlangt eine Anmeldung, die dieser Computer nicht anzeigen kann</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="292" />
            <source>Scan the code to continue on your phone, or ask the staff.</source>
            <translation>Scannen Sie den Code, um auf Ihrem Handy weiterzumachen, oder fragen Sie das Personal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="300" />
            <source>This page cannot be opened safely</source>
            <translation>Diese Seite kann nicht sicher geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="302" />
            <source>The page's security certificate is not valid, so the kiosk will not open it. Try again later, or ask the staff.</source>
            <translation>Das Sicherheitszertifikat der Seite ist ungültig, daher öffnet dieser Computer sie nicht. Versuchen Sie es später erneut oder fragen Sie das Personal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="315" />
            <source>Printing is not possible here</source>
            <translation>Drucken ist hier nicht möglich</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="316" />
            <location filename="../../kiosk/ui/browser/widget.py" line="328" />
            <source>Scan the code to open the page on your phone, or ask the staff.</source>
            <translation>Scannen Sie den Code, um die Seite auf Ihrem Handy zu öffnen, oder fragen Sie das Personal.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="327" />
            <source>There is no printer here</source>
            <translation>Hier gibt es keinen Drucker</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Ask the staff for help.</source>
            <translation>Bitten Sie das Personal um Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The page tried to open %2, which is not part of %1.</source>
            <translation>Die Seite wollte %2 öffnen, das nicht zu %1 gehört.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>On this computer you can only use %1.</source>
            <translation>An diesem Computer können Sie nur %1 verwenden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>Scan the code to continue on your phone and get the file there.</source>
            <translation>Scannen Sie den Code, um auf dem Handy weiterzumachen und die Datei dort zu holen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>The file comes from %1. Files cannot be saved on this computer.</source>
            <translation>Die Datei kommt von %1. Auf diesem Computer können keine Dateien gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/widget.py" line="0" />
            <source>This visit cannot print any more pages</source>
            <translation>Bei diesem Besuch können keine weiteren Seiten gedruckt werden</translation>
        </message>
        <message>
            <source>The internet cannot be reached right now</source>
            <translation>Das Internet ist gerade nicht erreichbar</translation>
        </message>
    </context>
    <context>
        <name>DisabledHint</name>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="40" />
            <source>No page can be opened without the internet.</source>
            <translation>Ohne Internet lässt sich keine Seite öffnen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="42" />
            <source>You are on the first page, so there is no page to go back to.</source>
            <translation>Dies ist die erste Seite, es gibt keine Seite davor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/hint.py" line="43" />
            <source>Forward takes you to a page again after you have gone back from it.</source>
            <translation>Vorwärts öffnet eine Seite wieder, von der Sie zurückgegangen sind.</translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message numerus="yes">
            <location filename="../../kiosk/ui/countdown.py" line="75" />
            <source>Your visit ends in %n second(s). Everything you did here will be erased.</source>
            <translation>
                <numerusform>Ihr Besuch endet in %n Sekunde. Alles, was Sie hier getan haben, wird gelöscht.</numerusform>
                <numerusform>Ihr Besuch endet in %n Sekunden. Alles, was Sie hier getan haben, wird gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="84" />
            <source>Are you still there?</source>
            <translation>Sind Sie noch da?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="85" />
            <source>Yes, I'm still here</source>
            <translation>Ja, ich bin noch da</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/countdown.py" line="86" />
            <source>End my visit now</source>
            <translation>Besuch jetzt beenden</translation>
        </message>
    </context>
    <context>
        <name>DetailsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="150" />
            <source>Opening hours and offers</source>
            <translation>Öffnungszeiten und Angebot</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="152" />
            <source>What you save here replaces the municipality's information on the About page.</source>
            <translation>Was Sie hier speichern, ersetzt die Angaben der Gemeinde auf der Info-Seite.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="154" />
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="155" />
            <source>Days that differ</source>
            <translation>Abweichende Öffnungszeiten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="156" />
            <source>What the shop offers</source>
            <translation>Das bietet der Laden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="157" />
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="159" />
            <source>Write e.g. 09:00–18:00; leave empty when closed.</source>
            <translation>Z. B. 09:00–18:00; leer lassen, wenn geschlossen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="162" />
            <source>Date, hours (empty: closed all day) and a note, e.g. Christmas Eve.</source>
            <translation>Datum, Öffnungszeit (leer: ganztägig geschlossen) und eine Notiz, z. B. Heiligabend.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="164" />
            <source>Telephone for home delivery</source>
            <translation>Telefon für den Lieferservice</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="165" />
            <source>How to order home delivery</source>
            <translation>So bestellt man beim Lieferservice</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="166" />
            <source>The shop's telephone</source>
            <translation>Telefon des Ladens</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="167" />
            <source>The shop's e-mail</source>
            <translation>E-Mail des Ladens</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="169" />
            <source>Public computer with internet</source>
            <translation>Öffentlicher Computer mit Internet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="170" />
            <source>Café corner</source>
            <translation>Café-Ecke</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="171" />
            <source>Tourist information and brochures</source>
            <translation>Touristeninformation, Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="172" />
            <source>Activities during the year</source>
            <translation>Aktivitäten im Laufe des Jahres</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="173" />
            <source>Grocery home delivery</source>
            <translation>Lebensmittel-Lieferservice</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="181" />
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="182" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="183" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="240" />
            <source>Write the hours as 09:00–18:00, or leave empty when closed.</source>
            <translation>Zeit als 09:00–18:00 schreiben oder leer lassen, wenn geschlossen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="254" />
            <source>Write the date as 2026-12-24.</source>
            <translation>Datum als 2026-12-24 schreiben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="256" />
            <source>Write the hours as 10:00–14:00, or leave empty when closed.</source>
            <translation>Zeit als 10:00–14:00 schreiben oder leer lassen, wenn geschlossen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="285" />
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="287" />
            <source>Saved. The About page shows it now.</source>
            <translation>Gespeichert. Die Info-Seite zeigt es jetzt.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/details.py" line="265" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Bitte die markierten Felder korrigieren: Bei jedem steht, was falsch ist.</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="201" />
            <source>What is happening?</source>
            <translation>Was findet statt?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="202" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="203" />
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="204" />
            <source>Ends (optional)</source>
            <translation>Ende (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="205" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="206" />
            <source>Kind of event</source>
            <translation>Art der Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="207" />
            <source>Repeats</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="208" />
            <source>Last time (optional)</source>
            <translation>Letztes Mal (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="209" />
            <source>More about it (optional)</source>
            <translation>Mehr dazu (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="210" />
            <source>Price (optional)</source>
            <translation>Preis (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="211" />
            <source>Contact (optional)</source>
            <translation>Kontakt (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="212" />
            <source>Picture (optional)</source>
            <translation>Bild (optional)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="216" />
            <source>e.g. Pub night with live music</source>
            <translation>z. B. Kneipenabend mit Livemusik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="217" />
            <source>e.g. 2026-12-05 or 5/12</source>
            <translation>z. B. 2026-12-05 oder 5.12.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="220" />
            <source>e.g. 2027-05-31</source>
            <translation>z. B. 2027-05-31</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="221" />
            <source>e.g. 50 kr, free</source>
            <translation>z. B. 50 kr, kostenlos</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="222" />
            <source>Name and telephone</source>
            <translation>Name und Telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="223" />
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="225" />
            <source>Music</source>
            <translation>Musik</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="226" />
            <source>Market</source>
            <translation>Markt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="227" />
            <source>Sports</source>
            <translation>Sport</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="228" />
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="229" />
            <source>For families</source>
            <translation>Für Familien</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="230" />
            <source>Outdoors</source>
            <translation>Natur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="231" />
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="232" />
            <source>Food</source>
            <translation>Essen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="233" />
            <source>Course</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="238" />
            <source>Once</source>
            <translation>Einmal</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="239" />
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="240" />
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="241" />
            <source>Choose a picture…</source>
            <translation>Bild wählen…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="242" />
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>No picture</source>
            <translation>Kein Bild</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="243" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="244" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="255" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="257" />
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>Change event</source>
            <translation>Veranstaltung ändern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="268" />
            <source>New event</source>
            <translation>Neue Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="309" />
            <source>A picture is chosen</source>
            <translation>Ein Bild ist gewählt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="320" />
            <source>No pictures found. Put a USB stick with JPEG or PNG pictures in the computer and try again.</source>
            <translation>Keine Bilder gefunden. Einen USB-Stick mit JPEG- oder PNG-Bildern einstecken und erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="337" />
            <source>The picture could not be copied: %1</source>
            <translation>Das Bild konnte nicht kopiert werden: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="365" />
            <source>Write what is happening, e.g. Pub night.</source>
            <translation>Schreiben Sie, was stattfindet, z. B. Kneipenabend.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="368" />
            <source>That date has passed. Choose today or a later day.</source>
            <translation>Dieses Datum ist vorbei. Heute oder einen späteren Tag wählen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="371" />
            <source>Write when it starts, e.g. 19:00.</source>
            <translation>Schreiben Sie, wann es beginnt, z. B. 19:00.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="373" />
            <source>Write the time as 19:00.</source>
            <translation>Zeit als 19:00 schreiben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="376" />
            <source>Write the time as 22:00, or leave it empty.</source>
            <translation>Zeit als 22:00 schreiben oder leer lassen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="378" />
            <source>The end must be later than the start.</source>
            <translation>Das Ende muss nach dem Beginn liegen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="381" />
            <source>Write where it is, e.g. in the shop.</source>
            <translation>Schreiben Sie, wo es ist, z. B. im Laden.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="384" />
            <source>The last time must be after the first date.</source>
            <translation>Das letzte Mal muss nach dem ersten Datum liegen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="387" />
            <source>At most 1000 characters; now there are %1.</source>
            <translation>Höchstens 1000 Zeichen; jetzt sind es %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="421" />
            <source>Write the date, e.g. 2026-12-05, or touch a day.</source>
            <translation>Datum schreiben, z. B. 2026-12-05, oder einen Tag antippen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="425" />
            <source>Write the date as 2026-12-05 or 5/12.</source>
            <translation>Datum als 2026-12-05 oder 5.12. schreiben.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="437" />
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/form.py" line="393" />
            <source>Please fix the marked fields: each says what is wrong.</source>
            <translation>Bitte die markierten Felder korrigieren: Bei jedem steht, was falsch ist.</translation>
        </message>
    </context>
    <context>
        <name>EventRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every week</source>
            <translation>jede Woche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="32" />
            <source>every month</source>
            <translation>jeden Monat</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="36" />
            <source>until %1</source>
            <translation>bis %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="39" />
            <source>CANCELLED</source>
            <translation>ABGESAGT</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="46" />
            <source>Change</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Undo cancel</source>
            <translation>Absage zurücknehmen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="47" />
            <source>Cancel event</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="48" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="49" />
            <source>Yes, delete</source>
            <translation>Ja, löschen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="50" />
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="70" />
            <source>Delete this event for good?</source>
            <translation>Diese Veranstaltung endgültig löschen?</translation>
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
            <translation>Märkte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="223" />
            <source>Sports</source>
            <translation>Sport</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="224" />
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="225" />
            <source>For families</source>
            <translation>Für Familien</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="226" />
            <source>Outdoors</source>
            <translation>Natur</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="227" />
            <source>Meetings</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="228" />
            <source>Food</source>
            <translation>Essen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="229" />
            <source>Courses</source>
            <translation>Kurse</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="262" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here in %1</source>
            <translation>Hier in %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="265" />
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="280" />
            <source>What's on</source>
            <translation>Was ist los?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="283" />
            <source>Events at %1 and nearby</source>
            <translation>Veranstaltungen in %1 und Umgebung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="285" />
            <source>Events nearby</source>
            <translation>Veranstaltungen in der Nähe</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="289" />
            <source>Tomorrow</source>
            <translation>Morgen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="304" />
            <source>all day</source>
            <translation>ganztägig</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="306" />
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="322" />
            <source>This week (week %1)</source>
            <translation>Diese Woche (KW %1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="323" />
            <source>Week %1</source>
            <translation>KW %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="333" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="335" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="337" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="339" />
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="341" />
            <source>Organiser</source>
            <translation>Veranstalter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="345" />
            <source>Scan to add to your phone's calendar</source>
            <translation>Scannen, um den Termin in den Handykalender zu übernehmen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="350" />
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="347" />
            <source>Scan to read more on your phone</source>
            <translation>Zum Weiterlesen auf dem Handy scannen</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="127" />
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="128" />
            <source>New event</source>
            <translation>Neue Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="131" />
            <source>Your events show in What's on at once and are sent to the municipality. They are deleted 30 days after they end.</source>
            <translation>Ihre Veranstaltungen erscheinen sofort unter „Was ist los?“ und gehen an die Gemeinde. Sie werden 30 Tage nach dem Ende gelöscht.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/events.py" line="141" />
            <source>No events yet. Touch 'New event' to post one.</source>
            <translation>Noch keine Veranstaltungen. „Neue Veranstaltung“ antippen.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../kiosk/ui/header.py" line="89" />
            <source>example service point</source>
            <translation>Beispiel-Servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="92" />
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="101" />
            <source>No content loaded yet</source>
            <translation>Noch keine Inhalte geladen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="107" />
            <source>Updated today at %1</source>
            <translation>Heute um %1 Uhr aktualisiert</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="109" />
            <source>Updated yesterday at %1</source>
            <translation>Gestern um %1 Uhr aktualisiert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/header.py" line="111" />
            <source>Updated %n day(s) ago</source>
            <translation>
                <numerusform>Vor %n Tag aktualisiert</numerusform>
                <numerusform>Vor %n Tagen aktualisiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/header.py" line="113" />
            <source>No internet connection</source>
            <translation>Keine Internetverbindung</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="126" />
            <source>Search places, events, e-services and brochures</source>
            <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren suchen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="127" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>What's on</source>
            <translation>Was ist los?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="132" />
            <source>Events here and nearby</source>
            <translation>Veranstaltungen hier und in der Umgebung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Tourist information</source>
            <translation>Touristeninformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="134" />
            <source>Nature, culture, food and places to stay</source>
            <translation>Natur, Kultur, Essen und Unterkünfte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="137" />
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="138" />
            <source>Needs internet: no connection right now</source>
            <translation>Braucht Internet – gerade keine Verbindung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="140" />
            <source>Municipality, healthcare, authorities and buses</source>
            <translation>Gemeinde, Gesundheit, Behörden und Busse</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="143" />
            <source>Read here or take them along</source>
            <translation>Hier lesen oder mitnehmen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="146" />
            <source>About this service point</source>
            <translation>Über diesen Servicepunkt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="147" />
            <source>Opening hours, café, home delivery and contact</source>
            <translation>Öffnungszeiten, Café, Lieferservice und Kontakt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="149" />
            <source>Opening hours, café, home delivery and contact in %1</source>
            <translation>Öffnungszeiten, Café, Lieferservice und Kontakt in %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="171" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>No upcoming events right now</source>
            <translation>Zurzeit keine anstehenden Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/home.py" line="175" />
            <source>See all events →</source>
            <translation>Alle Veranstaltungen →</translation>
        </message>
        <message>
            <source>If the power fails</source>
            <translation>Wenn der Strom ausfällt</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="101" />
            <location filename="../../kiosk/ui/navbar.py" line="104" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="102" />
            <location filename="../../kiosk/ui/navbar.py" line="105" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="103" />
            <source>Contrast</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="106" />
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Normal text size</source>
            <translation>Normale Textgröße</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Larger text</source>
            <translation>Größerer Text</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/navbar.py" line="107" />
            <source>Largest text</source>
            <translation>Größter Text</translation>
        </message>
    </context>
    <context>
        <name>NoticesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="33" />
            <source>Notices</source>
            <translation>Mitteilungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="34" />
            <source>Messages from the municipality and the service point</source>
            <translation>Mitteilungen der Gemeinde und des Servicepunkts</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/notices.py" line="42" />
            <source>There are no notices right now.</source>
            <translation>Zurzeit gibt es keine Mitteilungen.</translation>
        </message>
    </context>
    <context>
        <name>OpenState</name>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="14" />
            <source>Closed today (%1)</source>
            <translation>Heute geschlossen (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="16" />
            <source>Open around the clock</source>
            <translation>Rund um die Uhr geöffnet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="18" />
            <source>Open now until %1</source>
            <translation>Jetzt geöffnet bis %1 Uhr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="19" />
            <source>Opens today at %1</source>
            <translation>Öffnet heute um %1 Uhr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="20" />
            <source>Closed for the rest of today</source>
            <translation>Heute nicht mehr geöffnet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/openstate.py" line="21" />
            <source>Closed today</source>
            <translation>Heute geschlossen</translation>
        </message>
    </context>
    <context>
        <name>OwnerPanel</name>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="90" />
            <source>Shop-owner mode</source>
            <translation>Inhabermodus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="92" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="93" />
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="94" />
            <source>Shop details</source>
            <translation>Angaben zum Laden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="95" />
            <source>Usage</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/panel.py" line="99" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="73" />
            <source>Shop-owner mode</source>
            <translation>Inhabermodus</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="75" />
            <source>Erase</source>
            <translation>Löschen</translation>
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
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="98" />
            <source>Enter your PIN</source>
            <translation>Geben Sie Ihre PIN ein</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="109" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="134" />
            <source>The PIN has 4 to 8 digits.</source>
            <translation>Die PIN hat 4 bis 8 Ziffern.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="148" />
            <source>Wrong PIN – try again.</source>
            <translation>Falsche PIN – bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/pinpad.py" line="159" />
            <source>Wrong PIN – try again in %1 s</source>
            <translation>Falsche PIN – erneut versuchen in %1 s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/pinpad.py" line="168" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n Ziffer eingegeben</numerusform>
                <numerusform>%n Ziffern eingegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>No PIN has been set yet.</source>
            <translation>Es ist noch keine PIN festgelegt.</translation>
        </message>
        <message>
            <source>The PIN file is damaged.</source>
            <translation>Die PIN-Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>Enter the setup code from the municipality.</source>
            <translation>Geben Sie den Einrichtungscode der Gemeinde ein.</translation>
        </message>
        <message>
            <source>No PIN has been set yet. Ask the municipality for this kiosk's setup code: with it you set your PIN here on the screen.</source>
            <translation>Es ist noch keine PIN festgelegt. Bitten Sie die Gemeinde um den Einrichtungscode dieses Computers: damit legen Sie Ihre PIN hier am Bildschirm fest.</translation>
        </message>
        <message>
            <source>The PIN file is damaged. Ask the municipality for a new setup code: with it you set a new PIN here on the screen.</source>
            <translation>Die PIN-Datei ist beschädigt. Bitten Sie die Gemeinde um einen neuen Einrichtungscode: damit legen Sie hier am Bildschirm eine neue PIN fest.</translation>
        </message>
        <message>
            <source>Choose your PIN: 4 to 8 digits that only you know.</source>
            <translation>Wählen Sie Ihre PIN: 4 bis 8 Ziffern, die nur Sie kennen.</translation>
        </message>
        <message>
            <source>Enter the same PIN once more.</source>
            <translation>Geben Sie dieselbe PIN noch einmal ein.</translation>
        </message>
        <message>
            <source>The two PINs differed – choose again.</source>
            <translation>Die beiden PINs waren verschieden – bitte neu wählen.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again.</source>
            <translation>Falscher Einrichtungscode – bitte noch einmal.</translation>
        </message>
        <message>
            <source>Wrong setup code – try again in %1 s</source>
            <translation>Falscher Einrichtungscode – erneut in %1 s</translation>
        </message>
        <message>
            <source>The PIN could not be saved. Call the municipality.</source>
            <translation>Die PIN konnte nicht gespeichert werden. Rufen Sie die Gemeinde an.</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="94" />
            <source>All</source>
            <translation>Alle</translation>
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
            <translation>Essen und Café</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="98" />
            <source>Stay</source>
            <translation>Übernachten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="99" />
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="100" />
            <source>Practical</source>
            <translation>Praktisches</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="115" />
            <source>Tourist information</source>
            <translation>Touristeninformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="116" />
            <source>Places to see and things to do nearby</source>
            <translation>Sehenswertes und Unternehmungen in der Nähe</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="138" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="141" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="143" />
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="146" />
            <source>Distance</source>
            <translation>Entfernung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="148" />
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="150" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="155" />
            <source>Scan to open the website on your phone</source>
            <translation>Scannen, um die Website auf dem Handy zu öffnen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="189" />
            <source>Around the clock, every day</source>
            <translation>Täglich rund um die Uhr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="195" />
            <source>Less than 1 km from here (as the crow flies)</source>
            <translation>Weniger als 1 km von hier (Luftlinie)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="196" />
            <source>%1 km from here (as the crow flies)</source>
            <translation>%1 km von hier (Luftlinie)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="153" />
            <source>Scan to open the map on your phone</source>
            <translation>Scannen, um die Karte auf dem Handy zu öffnen</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Krisentreffpunkte</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="178" />
            <source>Previous page</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="179" />
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="180" />
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="181" />
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="182" />
            <location filename="../../kiosk/ui/pages/reader.py" line="189" />
            <source>Fit to width</source>
            <translation>An Breite anpassen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="190" />
            <source>This brochure cannot be shown right now</source>
            <translation>Diese Broschüre kann gerade nicht angezeigt werden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="191" />
            <source>Brochure</source>
            <translation>Broschüre</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="192" />
            <source>Brochure pages</source>
            <translation>Seiten der Broschüre</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="197" />
            <source>Swipe to turn the pages, or use the buttons below</source>
            <translation>Wischen Sie zum Blättern oder nutzen Sie die Tasten unten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="212" />
            <source>Scan to get the brochure on your phone</source>
            <translation>Scannen, um die Broschüre aufs Handy zu holen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/reader.py" line="220" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Popular categories</source>
            <translation>Beliebte Kategorien</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="62" />
            <location filename="../../kiosk/ui/pages/search.py" line="65" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="63" />
            <source>Places, events, e-services and brochures</source>
            <translation>Orte, Veranstaltungen, Online-Dienste und Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="64" />
            <source>Type what you are looking for</source>
            <translation>Geben Sie ein, was Sie suchen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="87" />
            <source>No results for “%1”</source>
            <translation>Keine Treffer für „%1“</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="96" />
            <source>Places</source>
            <translation>Orte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="107" />
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="120" />
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/search.py" line="131" />
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear the search field</source>
            <translation>Suchfeld leeren</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="379" />
            <source>The municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="380" />
            <source>Health and care</source>
            <translation>Gesundheit und Pflege</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="381" />
            <source>Taxes and money</source>
            <translation>Steuern und Finanzen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="382" />
            <source>Work and studies</source>
            <translation>Arbeit und Studium</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="383" />
            <source>Social insurance and pensions</source>
            <translation>Sozialversicherung und Rente</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="384" />
            <source>Travel and traffic</source>
            <translation>Reisen und Verkehr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="385" />
            <source>Safety and emergencies</source>
            <translation>Sicherheit und Notfälle</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="390" />
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="393" />
            <source>No internet connection right now: scan a code to continue on your phone</source>
            <translation>Gerade keine Internetverbindung – scannen Sie den Code und machen Sie auf dem Handy weiter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="395" />
            <source>Municipal and national services on the web</source>
            <translation>Dienste von Gemeinde und Staat im Internet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/pages/lists.py" line="411" />
            <source>Needs internet</source>
            <translation>Braucht Internet</translation>
        </message>
    </context>
    <context>
        <name>StatusView</name>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Speech</source>
            <translation>Sprachausgabe</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>works (speech mode and keypad)</source>
            <translation>funktioniert (Sprachausgabe und Tastenfeld)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>missing: the kiosk runs without speech (%1)</source>
            <translation>fehlt: Der Computer liest nichts vor (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>switched off in the settings</source>
            <translation>in den Einstellungen ausgeschaltet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>starting</source>
            <translation>startet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="81" />
            <source>Updating now…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="96" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="110" />
            <source>Update now</source>
            <translation>Jetzt aktualisieren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="112" />
            <source>Restart the kiosk</source>
            <translation>Programm neu starten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="113" />
            <source>Exit to the desktop</source>
            <translation>Beenden und zum Desktop</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="114" />
            <source>Yes, exit the kiosk</source>
            <translation>Ja, Programm beenden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="120" />
            <source>today %1</source>
            <translation>heute %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="122" />
            <source>yesterday %1</source>
            <translation>gestern %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="130" />
            <source>No content yet</source>
            <translation>Noch keine Inhalte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="131" />
            <source>Check the internet connection, then touch 'Update now'.</source>
            <translation>Internetverbindung prüfen, dann „Jetzt aktualisieren“ antippen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="136" />
            <source>No connection since %1</source>
            <translation>Keine Verbindung seit %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="139" />
            <source>Visitors still see the last content. Check the router and the cable.</source>
            <translation>Besucher sehen weiter die letzten Inhalte. Router und Kabel prüfen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../kiosk/ui/owner/status.py" line="146" />
            <source>The content is %n day(s) old</source>
            <translation>
                <numerusform>Die Inhalte sind %n Tag alt</numerusform>
                <numerusform>Die Inhalte sind %n Tage alt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="147" />
            <source>Touch 'Update now'. If it stays old, call the municipality.</source>
            <translation>„Jetzt aktualisieren“ antippen. Bleiben sie alt, die Gemeinde anrufen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="152" />
            <source>The content has expired</source>
            <translation>Die Inhalte sind abgelaufen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="153" />
            <source>Call the municipality: the feed is not being updated.</source>
            <translation>Rufen Sie die Gemeinde an: Die Inhalte werden nicht mehr aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="156" />
            <source>The last update failed</source>
            <translation>Die letzte Aktualisierung ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="157" />
            <source>Everything works</source>
            <translation>Alles funktioniert</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>The service point "%1" is not in the content</source>
            <translation>Der Servicepunkt „%1“ ist nicht in den Inhalten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="180" />
            <source>Check the setting service_point, or call the municipality. Visitors see %1 meanwhile.</source>
            <translation>Prüfen Sie die Einstellung service_point oder rufen Sie die Gemeinde an. Besucher sehen so lange %1.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="161" />
            <source>Last update</source>
            <translation>Letzte Aktualisierung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="162" />
            <source>Content</source>
            <translation>Inhalte</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="163" />
            <source>Statistics sent</source>
            <translation>Statistik gesendet</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="164" />
            <source>Disk space</source>
            <translation>Speicherplatz</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="165" />
            <source>Program version</source>
            <translation>Programmversion</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="168" />
            <source>No feed address is set: content comes from a folder</source>
            <translation>Keine Internetadresse für die Inhalte eingestellt: Sie kommen aus einem Ordner</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="170" />
            <source>not yet since the start</source>
            <translation>seit dem Start noch nicht</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="173" />
            <source>new content fetched</source>
            <translation>neue Inhalte geladen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="174" />
            <source>nothing new</source>
            <translation>nichts Neues</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="175" />
            <source>failed: %1</source>
            <translation>fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="182" />
            <source>version %1, fetched %2</source>
            <translation>Version %1, geladen %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="187" />
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="193" />
            <source>%1 free of %2</source>
            <translation>%1 frei von %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="195" />
            <source>almost full: call for help</source>
            <translation>fast voll: Hilfe holen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="209" />
            <source>The kiosk's own data was damaged</source>
            <translation>Die eigenen Daten des Computers waren beschädigt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="210" />
            <source>Visitors are not affected. Read 'Own data' below and tell the municipality.</source>
            <translation>Besucher merken nichts davon. „Eigene Daten“ unten lesen und die Gemeinde informieren.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="221" />
            <source>Own data</source>
            <translation>Eigene Daten</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="257" />
            <source>in order</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <source>Public warnings</source>
            <translation>Öffentliche Warnungen</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>noch nicht geprüft</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The disk is full</source>
            <translation>Die Festplatte ist voll</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Visitors still see the content; new events and statistics may not be saved. Old files are being removed. If this stays, call for help.</source>
            <translation>Besucher sehen weiterhin die Inhalte, aber neue Veranstaltungen und Statistiken werden vielleicht nicht gespeichert. Alte Dateien werden entfernt. Wenn es so bleibt, holen Sie Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is ahead</source>
            <translation>Die Uhr geht falsch: sie geht vor</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The clock is wrong: it is behind</source>
            <translation>Die Uhr geht falsch: sie geht nach</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The kiosk's clock says %1. Statistics wait until it is right. Call for help to set the date and time.</source>
            <translation>Die Uhr des Computers zeigt %1. Die Statistik wartet, bis sie richtig geht. Holen Sie Hilfe, um Datum und Uhrzeit einzustellen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>The content was damaged and has been rebuilt</source>
            <translation>Die Inhalte waren beschädigt und wurden neu aufgebaut</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/status.py" line="1" />
            <source>Nothing needs doing now. If it happens again, the disk may be failing: call the municipality.</source>
            <translation>Jetzt ist nichts zu tun. Wenn es wieder passiert, ist vielleicht die Festplatte defekt: rufen Sie die Gemeinde an.</translation>
        </message>
        <message>
            <source>not working: visitors cannot have texts read aloud</source>
            <translation>funktioniert nicht: Besucher können sich keine Texte vorlesen lassen</translation>
        </message>
        <message>
            <source>Reading aloud does not work</source>
            <translation>Das Vorlesen funktioniert nicht</translation>
        </message>
        <message>
            <source>Visitors can use the screen as usual, but cannot have texts read aloud. Touch 'Restart the kiosk'; if that does not help, call the municipality.</source>
            <translation>Besucher können den Bildschirm wie gewohnt nutzen, sich aber keine Texte vorlesen lassen. Tippen Sie auf „Programm neu starten“; hilft das nicht, rufen Sie die Gemeinde an.</translation>
        </message>
    </context>
    <context>
        <name>UsageView</name>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="93" />
            <source>Usage</source>
            <translation>Nutzung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="94" />
            <source>Report for the municipality</source>
            <translation>Bericht für die Gemeinde</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="108" />
            <source>The report is not available in this version yet.</source>
            <translation>Der Bericht ist in dieser Version noch nicht verfügbar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="116" />
            <source>No usage figures yet: the statistics start with the next version.</source>
            <translation>Noch keine Nutzungszahlen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="121" />
            <source>Visitors are counted without anything about who they are. Your own use in shop-owner mode is never counted.</source>
            <translation>Besucher werden gezählt, ohne etwas über sie zu speichern. Was Sie im Inhabermodus tun, zählt nie.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="147" />
            <source>Visits per day</source>
            <translation>Besuche pro Tag</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="149" />
            <source>Visits per week</source>
            <translation>Besuche pro Woche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="152" />
            <source>w. %1</source>
            <translation>KW %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="160" />
            <source>Most used sections</source>
            <translation>Meistgenutzte Bereiche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="169" />
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="170" />
            <source>Tourist info</source>
            <translation>Touristeninformation</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="171" />
            <source>What's on</source>
            <translation>Was ist los?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="172" />
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="173" />
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="174" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="175" />
            <source>About</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="176" />
            <source>Notices</source>
            <translation>Mitteilungen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/usage.py" line="194" />
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Erneut suchen</translation>
        </message>
        <message>
            <source>Save on %1</source>
            <translation>Auf %1 speichern</translation>
        </message>
        <message>
            <source>The report for the last twelve months, as a PDF. Touch the USB stick.</source>
            <translation>Der Bericht der letzten zwölf Monate als PDF. Tippen Sie auf den USB-Stick.</translation>
        </message>
        <message>
            <source>No USB stick found. Put one in the computer and touch 'Look again'.</source>
            <translation>Kein USB-Stick gefunden. Stecken Sie einen in den Computer und tippen Sie auf „Erneut suchen“.</translation>
        </message>
        <message>
            <source>Saved on %1 as %2</source>
            <translation>Auf %1 gespeichert als %2</translation>
        </message>
        <message>
            <source>No figures yet</source>
            <translation>Noch keine Zahlen</translation>
        </message>
    </context>
    <context>
        <name>BrowserNotices</name>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="28" />
            <source>Files cannot be uploaded on this computer</source>
            <translation>Auf diesem Computer können keine Dateien hochgeladen werden</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="29" />
            <source>Scan the code to continue on your phone, where you can choose the file.</source>
            <translation>Scannen Sie den Code, um auf Ihrem Handy weiterzumachen – dort können Sie die Datei auswählen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="30" />
            <source>Back to the page</source>
            <translation>Zurück zur Seite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="38" />
            <source>The page stopped working</source>
            <translation>Die Seite funktioniert nicht mehr</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="39" />
            <source>The kiosk opens the e-service again by itself in a moment.</source>
            <translation>Der Computer öffnet den Online-Dienst gleich von selbst wieder.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="40" />
            <source>Try again now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/browser/notices.py" line="48" />
            <source>The page stopped responding</source>
            <translation>Die Seite reagiert nicht mehr</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Are you still there?</source>
            <translation>Sind Sie noch da?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Press any key or touch the screen to continue</source>
            <translation>Drücken Sie eine beliebige Taste oder berühren Sie den Bildschirm, um fortzufahren</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>List with %1 items</source>
            <translation>Liste mit %1 Einträgen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen</source>
            <translation>Vorlesen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Listen: read the screen aloud</source>
            <translation>Vorlesen: den Bildschirm vorlesen lassen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. F1 gives help.</source>
            <translation>Mit den Pfeiltasten oder Tab bewegen, mit Enter auswählen. F1 gibt Hilfe.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>PIN code keypad</source>
            <translation>Tastenfeld für die PIN</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speech is on</source>
            <translation>Sprachausgabe ist an</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Speed %1</source>
            <translation>Geschwindigkeit %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This kiosk has no voice for your language; it reads with the nearest one.</source>
            <translation>Dieser Computer hat keine Stimme für Ihre Sprache und liest mit der ähnlichsten vor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>This page has no text to read.</source>
            <translation>Diese Seite hat keinen Text zum Vorlesen.</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Volume %1 percent</source>
            <translation>Lautstärke %1 Prozent</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on %1</source>
            <translation>Sie sind hier: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>the start page</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>You are on the e-service %1</source>
            <translation>Sie sind im Online-Dienst %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>button</source>
            <translation>Schaltfläche</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>selected</source>
            <translation>ausgewählt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>text field</source>
            <translation>Textfeld</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>unavailable</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Quiet</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Repeat</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Slower</source>
            <translation>Langsamer</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Faster</source>
            <translation>Schneller</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Softer</source>
            <translation>Leiser</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Louder</source>
            <translation>Lauter</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/speech/describe.py" line="1" />
            <source>Move with the arrow keys or Tab, choose with Enter. Backspace goes back, Home goes to the start page. Plus and minus change the volume, Page Up and Page Down the speed. Star repeats, Escape stops the speech, F1 or slash reads this help again.</source>
            <translation>Mit den Pfeiltasten oder Tab bewegen, mit Enter auswählen. Die Rücktaste geht zurück, Pos1 zur Startseite. Plus und Minus ändern die Lautstärke, Bild auf und Bild ab die Geschwindigkeit. Stern wiederholt, Escape beendet das Vorlesen, F1 oder Schrägstrich liest diese Hilfe noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>ActivityRow</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>your event</source>
            <translation>Ihre Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>the municipality's calendar</source>
            <translation>Kalender der Gemeinde</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held</source>
            <translation>Fand statt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held: %1</source>
            <translation>Fand statt: %1</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Cancelled: %1</source>
            <translation>Abgesagt: %1</translation>
        </message>
    </context>
    <context>
        <name>OutcomesBox</name>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>Held or cancelled?</source>
            <translation>Stattgefunden oder abgesagt?</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/owner/outcomes.py" line="1" />
            <source>The municipality counts the activities you confirm as held. Answer for each activity that has taken place.</source>
            <translation>Die Gemeinde zählt die Veranstaltungen, die Sie als stattgefunden bestätigen. Antworten Sie für jede Veranstaltung, die schon war.</translation>
        </message>
    </context>
    <context>
        <name>AddressPage</name>
        <message>
            <source>2. Where the kiosks fetch the content</source>
            <translation>2. Wo die Kioske die Inhalte abholen</translation>
        </message>
        <message>
            <source>Remember the password in this PC's keychain</source>
            <translation>Passwort im Schlüsselbund dieses PCs speichern</translation>
        </message>
        <message>
            <source>Test upload</source>
            <translation>Test-Upload</translation>
        </message>
        <message>
            <source>Upload address (or folder)</source>
            <translation>Upload-Adresse (oder Ordner)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>The kiosks' address</source>
            <translation>Adresse für die Kioske</translation>
        </message>
        <message>
            <source>Ask whoever runs the municipality's web server for an upload address (WebDAV) with a user name and password, and for the public address where the same folder can be read. A folder or USB stick works too.</source>
            <translation>Bitten Sie die Betreuer des Webservers der Gemeinde um eine Upload-Adresse (WebDAV) mit Benutzername und Passwort und um die öffentliche Adresse, unter der derselbe Ordner gelesen werden kann. Ein Ordner oder USB-Stick geht auch.</translation>
        </message>
        <message>
            <source>Write the upload address first.</source>
            <translation>Tragen Sie zuerst die Upload-Adresse ein.</translation>
        </message>
        <message>
            <source>Uploading a test file…</source>
            <translation>Eine Testdatei wird hochgeladen…</translation>
        </message>
        <message>
            <source>This PC has no keychain: the password will be asked for at each publication.</source>
            <translation>Dieser PC hat keinen Schlüsselbund: Das Passwort wird bei jeder Veröffentlichung abgefragt.</translation>
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
            <translation>Bevorstehend</translation>
        </message>
        <message>
            <source>Expired</source>
            <comment>one item's state</comment>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Add a service point</source>
            <translation>Servicepunkt hinzufügen</translation>
        </message>
        <message>
            <source>No service points yet. Add the municipality's service points first: then you can choose where each notice and event is shown.</source>
            <translation>Noch gibt es keine Servicepunkte. Legen Sie zuerst die Servicepunkte der Gemeinde an: Dann können Sie wählen, wo jede Mitteilung und jede Veranstaltung gezeigt wird.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>ends within 14 days</source>
            <translation>endet innerhalb von 14 Tagen</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) end within 14 days.</source>
            <translation>
                <numerusform>%n Eintrag endet innerhalb von 14 Tagen.</numerusform>
                <numerusform>%n Einträge enden innerhalb von 14 Tagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Ends within 14 days</source>
            <translation>Endet innerhalb von 14 Tagen</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>the new item</source>
            <translation>den neuen Eintrag</translation>
        </message>
        <message>
            <source>You have changed “%1” without saving.</source>
            <translation>Sie haben „%1“ geändert, ohne zu speichern.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Discard the changes</source>
            <translation>Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>It cannot be saved yet: fix what is marked in red, or discard.</source>
            <translation>Noch nicht speicherbar: Korrigieren Sie das rot Markierte oder verwerfen Sie die Änderungen.</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <source>All day</source>
            <translation>Ganztägig</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>3. Give these two settings to each kiosk</source>
            <translation>3. Geben Sie jedem Kiosk diese zwei Einstellungen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Put these two lines into each kiosk's settings file (or send them to whoever installs the kiosks). Then every kiosk fetches what you publish and checks that it comes from you.</source>
            <translation>Tragen Sie diese zwei Zeilen in die Einstellungsdatei jedes Kiosks ein (oder schicken Sie sie an die Person, die die Kioske einrichtet). Dann holt jeder Kiosk ab, was Sie veröffentlichen, und prüft, dass es von Ihnen kommt.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>FleetPanel</name>
        <message>
            <source>Every kiosk uploads a short note on how it is doing every 15 minutes. Write where they upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Jeder Kiosk lädt alle 15 Minuten eine kurze Meldung hoch, wie es ihm geht. Tragen Sie oben ein, wohin die Kioske hochladen (dieselbe Adresse wie upload_url in den Einstellungen der Kioske), und lesen Sie sie ein.</translation>
        </message>
        <message>
            <source>Read the service points</source>
            <translation>Servicepunkte einlesen</translation>
        </message>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Wohin laden die Kioske hoch?</translation>
        </message>
        <message>
            <source>The kiosk's home screen</source>
            <translation>Startseite des Kiosks</translation>
        </message>
        <message>
            <source>All is well</source>
            <translation>Alles in Ordnung</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>%1 of %2 service points are fine.</source>
            <translation>%1 von %2 Servicepunkten sind in Ordnung.</translation>
        </message>
        <message>
            <source>This kiosk has not sent a picture of its screen yet.</source>
            <translation>Dieser Kiosk hat noch kein Bild seines Bildschirms geschickt.</translation>
        </message>
        <message>
            <source>How the service points' kiosks are doing</source>
            <translation>So geht es den Kiosken der Servicepunkte</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Upload-Adresse der Kioske</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Create the report for the last quarter…</source>
            <translation>Bericht für das letzte Quartal erstellen…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Publish…</source>
            <translation>Veröffentlichen…</translation>
        </message>
        <message>
            <source>When you press Publish, every kiosk shows what is in the folder within a quarter of an hour. Each publication is listed here, and the last one can be undone.</source>
            <translation>Wenn Sie auf Veröffentlichen drücken, zeigt jeder Kiosk innerhalb einer Viertelstunde, was im Ordner liegt. Jede Veröffentlichung steht hier, und die letzte lässt sich rückgängig machen.</translation>
        </message>
        <message>
            <source>Version %1, published %2</source>
            <translation>Version %1, veröffentlicht %2</translation>
        </message>
        <message>
            <source>(undo back to version %1)</source>
            <translation>(zurückgesetzt auf Version %1)</translation>
        </message>
        <message>
            <source>Nothing has been published from this folder yet.</source>
            <translation>Aus diesem Ordner wurde noch nichts veröffentlicht.</translation>
        </message>
        <message>
            <source>Published versions</source>
            <translation>Veröffentlichte Versionen</translation>
        </message>
        <message>
            <source>Undo the last publication</source>
            <translation>Letzte Veröffentlichung rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>HoursRow</name>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>ItemForm</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Try the link</source>
            <translation>Link ausprobieren</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Fix what is marked in red before saving.</source>
            <translation>Korrigieren Sie das rot Markierte vor dem Speichern.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Bilder (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Translations missing: visitors read these texts in another language (Finnish → Swedish, German → English → Swedish).</source>
            <translation>Übersetzungen fehlen: Besucher lesen diese Texte in einer anderen Sprache (Finnisch → Schwedisch, Deutsch → Englisch → Schwedisch).</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>1. A key that proves the content is yours</source>
            <translation>1. Ein Schlüssel, der zeigt, dass die Inhalte von Ihnen sind</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Ordner wählen…</translation>
        </message>
        <message>
            <source>Create the key</source>
            <translation>Schlüssel erstellen</translation>
        </message>
        <message>
            <source>Password for the key</source>
            <translation>Passwort für den Schlüssel</translation>
        </message>
        <message>
            <source>The same password again</source>
            <translation>Dasselbe Passwort noch einmal</translation>
        </message>
        <message>
            <source>Keep the key in</source>
            <translation>Schlüssel speichern in</translation>
        </message>
        <message>
            <source>Every kiosk checks that what it shows comes from you. For that, this PC gets a key that signs each publication. The key stays on this PC, locked with a password that only you know. Write the password down somewhere safe: without it nothing can be published.</source>
            <translation>Jeder Kiosk prüft, dass das Gezeigte von Ihnen kommt. Dafür bekommt dieser PC einen Schlüssel, der jede Veröffentlichung signiert. Der Schlüssel bleibt auf diesem PC, geschützt durch ein Passwort, das nur Sie kennen. Notieren Sie das Passwort an einem sicheren Ort: Ohne es kann nichts veröffentlicht werden.</translation>
        </message>
        <message>
            <source>Folder for the key</source>
            <translation>Ordner für den Schlüssel</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Die beiden Passwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Creating the key; this takes a few seconds…</source>
            <translation>Der Schlüssel wird erstellt; das dauert einige Sekunden…</translation>
        </message>
        <message>
            <source>The key is ready: %1</source>
            <translation>Der Schlüssel ist fertig: %1</translation>
        </message>
    </context>
    <context>
        <name>LangTextField</name>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
    </context>
    <context>
        <name>OpeningHoursField</name>
        <message>
            <source>Add opening hours</source>
            <translation>Öffnungszeiten hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>PointsField</name>
        <message>
            <source>Shown at every service point. Tick some to show it only there.</source>
            <translation>Wird an allen Servicepunkten gezeigt. Kreuzen Sie einige an, um es nur dort zu zeigen.</translation>
        </message>
        <message>
            <source>Shown only at the ticked service points.</source>
            <translation>Wird nur an den angekreuzten Servicepunkten gezeigt.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>The kiosk's pages are drawn here once the source folder has at least one service point.</source>
            <translation>Hier erscheinen die Seiten des Kiosks, sobald der Quellordner mindestens einen Servicepunkt hat.</translation>
        </message>
        <message>
            <source>Drawing the kiosk's page…</source>
            <translation>Die Seite des Kiosks wird gezeichnet…</translation>
        </message>
        <message>
            <source>This is how the kiosk at %1 will show it once you publish.</source>
            <translation>So zeigt es der Kiosk bei %1, sobald Sie veröffentlichen.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>The kiosk's own pages, drawn from what you have written but not yet published. Visitors see nothing until you publish.</source>
            <translation>Die eigenen Seiten des Kiosks, gezeichnet aus dem, was Sie geschrieben, aber noch nicht veröffentlicht haben. Besucher sehen nichts, bevor Sie veröffentlichen.</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Servicepunkt</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Schriftgröße</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Farben</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>Normal (A)</source>
            <translation>Normal (A)</translation>
        </message>
        <message>
            <source>Larger (A+)</source>
            <translation>Größer (A+)</translation>
        </message>
        <message>
            <source>Largest (A++)</source>
            <translation>Am größten (A++)</translation>
        </message>
        <message>
            <source>Normal colours</source>
            <translation>Normale Farben</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <source>Wide screen 1920 × 1080</source>
            <translation>Breiter Bildschirm 1920 × 1080</translation>
        </message>
        <message>
            <source>Small screen 1366 × 768</source>
            <translation>Kleiner Bildschirm 1366 × 768</translation>
        </message>
        <message>
            <source>Standing screen 1080 × 1920</source>
            <translation>Hochformat 1080 × 1920</translation>
        </message>
        <message>
            <source>Draw again</source>
            <translation>Neu zeichnen</translation>
        </message>
        <message>
            <source>Start page</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Mitteilungen</translation>
        </message>
        <message>
            <source>What's on</source>
            <translation>Was ist los?</translation>
        </message>
        <message>
            <source>Tourist information</source>
            <translation>Touristeninformation</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <source>About the service point</source>
            <translation>Über den Servicepunkt</translation>
        </message>
        <message>
            <source>Screen saver</source>
            <translation>Bildschirmschoner</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Undo the last publication</source>
            <translation>Letzte Veröffentlichung rückgängig machen</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <source>The kiosks will show again what the publication before the last one showed. It is published as a new version.</source>
            <translation>Die Kioske zeigen wieder, was die Veröffentlichung vor der letzten zeigte. Das wird als neue Version veröffentlicht.</translation>
        </message>
        <message>
            <source>Everything in the source folder is checked, signed and sent to:</source>
            <translation>Alles im Quellordner wird geprüft, signiert und gesendet an:</translation>
        </message>
        <message>
            <source>The key's password</source>
            <translation>Passwort des Schlüssels</translation>
        </message>
        <message>
            <source>Upload password</source>
            <translation>Upload-Passwort</translation>
        </message>
        <message>
            <source>Undo now</source>
            <translation>Jetzt rückgängig machen</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Jetzt veröffentlichen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Checking and signing…</source>
            <translation>Wird geprüft und signiert…</translation>
        </message>
        <message>
            <source>Sending file %1 of %2…</source>
            <translation>Datei %1 von %2 wird gesendet…</translation>
        </message>
    </context>
    <context>
        <name>PublisherForm</name>
        <message>
            <source>Notices</source>
            <translation>Mitteilungen</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Orte</translation>
        </message>
        <message>
            <source>E-services</source>
            <translation>Online-Dienste</translation>
        </message>
        <message>
            <source>Brochures</source>
            <translation>Broschüren</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Servicepunkte</translation>
        </message>
        <message>
            <source>Shown from</source>
            <translation>Sichtbar ab</translation>
        </message>
        <message>
            <source>from the day</source>
            <translation>ab dem Tag</translation>
        </message>
        <message>
            <source>Shown until</source>
            <translation>Sichtbar bis</translation>
        </message>
        <message>
            <source>until and including</source>
            <translation>bis einschließlich</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Important (red)</source>
            <translation>Wichtig (rot)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Keine Wiederholung</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>In short</source>
            <translation>Kurz</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Wofür er da ist</translation>
        </message>
        <message>
            <source>May also open</source>
            <translation>Darf auch öffnen</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF-Datei</translation>
        </message>
        <message>
            <source>Cover picture</source>
            <translation>Titelbild</translation>
        </message>
        <message>
            <source>Public computer with internet</source>
            <translation>Öffentlicher Computer mit Internet</translation>
        </message>
        <message>
            <source>Café corner</source>
            <translation>Café-Ecke</translation>
        </message>
        <message>
            <source>Tourist information and brochures</source>
            <translation>Touristeninformation, Broschüren</translation>
        </message>
        <message>
            <source>At least three activities a year</source>
            <translation>Mindestens drei Aktivitäten im Jahr</translation>
        </message>
        <message>
            <source>Grocery home delivery</source>
            <translation>Lebensmittel-Lieferservice</translation>
        </message>
        <message>
            <source>Name of the shop</source>
            <translation>Name des Ladens</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Dorf</translation>
        </message>
        <message>
            <source>Criteria met</source>
            <translation>Erfüllte Kriterien</translation>
        </message>
        <message>
            <source>About the café</source>
            <translation>Über das Café</translation>
        </message>
        <message>
            <source>About home delivery</source>
            <translation>Über den Lieferservice</translation>
        </message>
        <message>
            <source>Home delivery telephone</source>
            <translation>Telefon für den Lieferservice</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
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
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Praktisches</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation>Gesundheit und Pflege</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Krisentreffpunkte</translation>
        </message>
        <message>
            <source>Food and café</source>
            <translation>Essen und Café</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Übernachten</translation>
        </message>
        <message>
            <source>Taxes and money</source>
            <translation>Steuern und Finanzen</translation>
        </message>
        <message>
            <source>Work and studies</source>
            <translation>Arbeit und Studium</translation>
        </message>
        <message>
            <source>Social insurance and pensions</source>
            <translation>Sozialversicherung und Rente</translation>
        </message>
        <message>
            <source>Travel and traffic</source>
            <translation>Reisen und Verkehr</translation>
        </message>
        <message>
            <source>Safety and emergencies</source>
            <translation>Sicherheit und Notfälle</translation>
        </message>
        <message>
            <source>Days that differ</source>
            <translation>Abweichende Öffnungszeiten</translation>
        </message>
    </context>
    <context>
        <name>PublisherWindow</name>
        <message>
            <source>Service point kiosks – publishing</source>
            <translation>Kioske der Servicepunkte – Veröffentlichung</translation>
        </message>
        <message>
            <source>Content for the service points' kiosks</source>
            <translation>Inhalte für die Kioske der Servicepunkte</translation>
        </message>
        <message>
            <source>Source folder: %1</source>
            <translation>Quellordner: %1</translation>
        </message>
        <message>
            <source>No source folder is open yet.</source>
            <translation>Noch ist kein Quellordner geöffnet.</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Ordner öffnen…</translation>
        </message>
        <message>
            <source>New folder…</source>
            <translation>Neuer Ordner…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalte</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Publications</source>
            <translation>Veröffentlichungen</translation>
        </message>
        <message>
            <source>The shops' events</source>
            <translation>Veranstaltungen der Läden</translation>
        </message>
        <message>
            <source>Service points</source>
            <translation>Servicepunkte</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>Open the source folder</source>
            <translation>Quellordner öffnen</translation>
        </message>
        <message>
            <source>An empty folder for the content</source>
            <translation>Ein leerer Ordner für die Inhalte</translation>
        </message>
        <message>
            <source>New source folder</source>
            <translation>Neuer Quellordner</translation>
        </message>
        <message>
            <source>The municipality's name:</source>
            <translation>Name der Gemeinde:</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete this item? Kiosks keep showing it until you publish.</source>
            <translation>Diesen Eintrag löschen? Die Kioske zeigen ihn, bis Sie veröffentlichen.</translation>
        </message>
    </context>
    <context>
        <name>ShopEventsPanel</name>
        <message>
            <source>Where do the kiosks upload?</source>
            <translation>Wohin laden die Kioske hoch?</translation>
        </message>
        <message>
            <source>Read the shops' events</source>
            <translation>Veranstaltungen der Läden einlesen</translation>
        </message>
        <message>
            <source>The shop owners' events come with the kiosks' uploads. Write where the kiosks upload in the box above (the same address as upload_url in the kiosks' settings) and read them in.</source>
            <translation>Die Veranstaltungen der Ladeninhaber kommen mit den Uploads der Kioske. Tragen Sie oben ein, wohin die Kioske hochladen (dieselbe Adresse wie upload_url in den Einstellungen der Kioske), und lesen Sie sie ein.</translation>
        </message>
        <message>
            <source>repeats</source>
            <translation>wiederholt sich</translation>
        </message>
        <message>
            <source>No shop has posted any upcoming event.</source>
            <translation>Kein Laden hat eine kommende Veranstaltung eingetragen.</translation>
        </message>
        <message>
            <source>Events the shops have posted</source>
            <translation>Veranstaltungen, die die Läden eingetragen haben</translation>
        </message>
        <message>
            <source>Shop owners post their own events on their kiosk; they show there only. Choose one and press the button to show it on every service point's kiosk too.</source>
            <translation>Ladeninhaber tragen eigene Veranstaltungen an ihrem Kiosk ein; sie erscheinen nur dort. Wählen Sie eine aus und drücken Sie den Knopf, um sie auch an den Kiosken aller Servicepunkte zu zeigen.</translation>
        </message>
        <message>
            <source>The kiosks upload to</source>
            <translation>Upload-Adresse der Kioske</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Show at all service points</source>
            <translation>An allen Servicepunkten zeigen</translation>
        </message>
    </context>
    <context>
        <name>AlertTakeover</name>
        <message>
            <source>Important public announcement</source>
            <translation>Wichtige Mitteilung an die Öffentlichkeit</translation>
        </message>
        <message>
            <source>Message from the municipality</source>
            <translation>Mitteilung der Gemeinde</translation>
        </message>
        <message>
            <source>Last checked at %1</source>
            <translation>Zuletzt geprüft um %1 Uhr</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>Ich habe es gelesen</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>Sent %1</source>
            <translation>Gesendet %1</translation>
        </message>
        <message>
            <source>Valid until %1</source>
            <translation>Gilt bis %1</translation>
        </message>
        <message>
            <source>What you should do</source>
            <translation>Das sollten Sie tun</translation>
        </message>
    </context>
    <context>
        <name>AlertStrip</name>
        <message>
            <source>%1 – touch to read</source>
            <translation>%1 – zum Lesen tippen</translation>
        </message>
        <message>
            <source>Could not check for warnings since %1 – listen to Sveriges Radio P4</source>
            <translation>Warnungen konnten seit %1 Uhr nicht geprüft werden – hören Sie Sveriges Radio P4</translation>
        </message>
        <message>
            <source>Red warning</source>
            <translation>Rote Warnung</translation>
        </message>
        <message>
            <source>Orange warning</source>
            <translation>Orange Warnung</translation>
        </message>
        <message>
            <source>Yellow warning</source>
            <translation>Gelbe Warnung</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mitteilung</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>bis %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
    </context>
    <context>
        <name>AlertScreen</name>
        <message>
            <source>If the power fails</source>
            <translation>Wenn der Strom ausfällt</translation>
        </message>
        <message>
            <source>last checked at %1</source>
            <translation>zuletzt geprüft um %1 Uhr</translation>
        </message>
        <message>
            <source>could not check since %1</source>
            <translation>seit %1 Uhr nicht prüfbar</translation>
        </message>
        <message>
            <source>shown now: %1</source>
            <translation>jetzt angezeigt: %1</translation>
        </message>
        <message>
            <source>held back: %1 test or exercise alerts</source>
            <translation>zurückgehalten: %1 Test- oder Übungsmeldungen</translation>
        </message>
    </context>
    <context>
        <name>EmergencyPage</name>
        <message>
            <source>If the power or the mobile network fails</source>
            <translation>Wenn Strom oder Mobilnetz ausfallen</translation>
        </message>
        <message>
            <source>This page works without internet.</source>
            <translation>Diese Seite funktioniert ohne Internet.</translation>
        </message>
        <message>
            <source>Emergency: police, ambulance, fire and rescue. Works from any mobile phone.</source>
            <translation>Notfall: Polizei, Rettungsdienst und Feuerwehr. Von jedem Handy erreichbar.</translation>
        </message>
        <message>
            <source>Information about serious accidents and crises.</source>
            <translation>Informationen zu schweren Unglücken und Krisen.</translation>
        </message>
        <message>
            <source>Health advice around the clock.</source>
            <translation>Medizinische Beratung rund um die Uhr.</translation>
        </message>
        <message>
            <source>Listen to Sveriges Radio P4</source>
            <translation>Hören Sie Sveriges Radio P4</translation>
        </message>
        <message>
            <source>Important public announcements (VMA) come on the radio first. A battery radio or a car radio works without power.</source>
            <translation>Wichtige Mitteilungen an die Öffentlichkeit (VMA) kommen zuerst im Radio. Ein Batterie- oder Autoradio funktioniert ohne Strom.</translation>
        </message>
        <message>
            <source>Crisis meeting points</source>
            <translation>Krisentreffpunkte</translation>
        </message>
        <message>
            <source>When power or telecoms fail for long, the municipality opens trygghetspunkter: information, water, warmth and phone charging.</source>
            <translation>Fallen Strom oder Telefon länger aus, öffnet die Gemeinde Krisentreffpunkte: Information, Wasser, Wärme und Handy laden.</translation>
        </message>
        <message>
            <source>Ask the municipality or listen to the radio where to go.</source>
            <translation>Fragen Sie die Gemeinde oder hören Sie Radio, wohin Sie gehen können.</translation>
        </message>
        <message>
            <source>Nearest heart defibrillator</source>
            <translation>Nächster Defibrillator (AED)</translation>
        </message>
        <message>
            <source>Less than 1 km from here</source>
            <translation>Weniger als 1 km von hier</translation>
        </message>
        <message>
            <source>%1 km from here</source>
            <translation>%1 km von hier</translation>
        </message>
    </context>
    <context>
        <name>OwnerView</name>
        <message>
            <location filename="../../kiosk/ui/owner/view.py" line="1" />
            <source>The disk is full: nothing new can be saved until there is room again.</source>
            <translation>Die Festplatte ist voll: Neues kann erst gespeichert werden, wenn wieder Platz ist.</translation>
        </message>
    </context>
    <context>
        <name>SpecialDayRow</name>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>What the day is, e.g. Julafton</source>
            <translation>Was für ein Tag, z. B. Heiligabend oder Inventur</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>through</source>
            <translation>bis einschließlich</translation>
        </message>
    </context>
    <context>
        <name>SpecialHoursField</name>
        <message>
            <source>Swedish public holidays, midsommarafton, julafton and nyårsafton are closed by themselves. Add the days that differ, e.g. open 10–14 on julafton.</source>
            <translation>An schwedischen Feiertagen, Mittsommerabend, Heiligabend und Silvester ist von selbst geschlossen. Fügen Sie die abweichenden Tage hinzu, z. B. an Heiligabend 10–14 Uhr geöffnet.</translation>
        </message>
        <message>
            <source>Add a day that differs</source>
            <translation>Abweichenden Tag hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>UnsavedQuestion</name>
        <message>
            <source>You have changes that are not saved.</source>
            <translation>Sie haben Änderungen, die nicht gespeichert sind.</translation>
        </message>
        <message>
            <source>Go on editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Throw the changes away</source>
            <translation>Änderungen verwerfen</translation>
        </message>
    </context>
    <context>
        <name>StartView</name>
        <message>
            <source>Create a new folder…</source>
            <translation>Neuen Ordner erstellen…</translation>
        </message>
        <message>
            <source>Open the source folder…</source>
            <translation>Quellordner öffnen…</translation>
        </message>
        <message>
            <source>Everything the kiosks show (notices, events, places, e-services, brochures and the service points themselves) is kept in one folder, on this computer or on a shared drive. Open that folder if you or a colleague have made it. The first time, create a new, empty folder.</source>
            <translation>Alles, was die Kioske zeigen (Mitteilungen, Veranstaltungen, Orte, Online-Dienste, Broschüren und die Servicepunkte selbst), liegt in einem Ordner auf diesem Computer oder auf einem gemeinsamen Laufwerk. Öffnen Sie diesen Ordner, wenn Sie oder eine Kollegin ihn schon angelegt haben. Beim ersten Mal erstellen Sie einen neuen, leeren Ordner.</translation>
        </message>
        <message>
            <source>Start by opening the source folder</source>
            <translation>Öffnen Sie zuerst den Quellordner</translation>
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>More (%1)</source>
            <translation>Mehr (%1)</translation>
        </message>
        <message>
            <location filename="../../kiosk/ui/widgets.py" line="1" />
            <source>Fewer</source>
            <translation>Weniger</translation>
        </message>
    </context>
</TS>
