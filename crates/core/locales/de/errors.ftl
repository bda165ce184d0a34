# Was Raincheck sagt, wenn es etwas ablehnt oder nicht tun kann, auf Deutsch
# (Anrede: „Sie“). Jeder Satz sagt, was nicht stimmt und wie es sich beheben lässt.
# Werte in { $… } sind Eingaben der Nutzerin bzw. des Nutzers, Dateipfade oder
# Meldungen anderer Programme: Sie bleiben, wie sie sind.
# Begriffe wie in core.ftl und page.ftl: Protokoll, Gespräch, Sicherung, Export,
# Vorlage, Ansprechperson, Systemleiste, „Bearbeiten“, Einstellungen.
# $doing (error-internal) und $action (error-io) kommen auf Englisch aus dem
# Programm; sie stehen daher in Klammern statt im Satz.

## Probleme mit dem Protokoll und seinen Dateien

error-not-a-log = Die Datei { $path } ist kein Raincheck-Protokoll oder ist beschädigt ({ $detail }). Sie wurde nicht verändert: Legen Sie sie beiseite oder stellen Sie eine Sicherung wieder her.
error-newer-log = Das Protokoll unter { $path } stammt von einer neueren Raincheck-Version (Protokollversion { $found }, diese App liest bis Version { $supported }): Aktualisieren Sie die App. Die Datei wurde nicht verändert.
error-wrong-key = Der Schlüssel im Schlüsselbund des Systems öffnet das Protokoll unter { $path } nicht. Die Datei wurde nicht verändert: Stellen Sie den Eintrag 'raincheck / log-key' im Schlüsselbund wieder her, oder legen Sie die Datei beiseite und stellen Sie eine Sicherung wieder her.
error-keyring-locked = Der Schlüsselbund des Systems antwortet nicht: { $detail }. Das Protokoll unter { $path } ist verschlüsselt, und sein Schlüssel liegt im Schlüsselbund: Entsperren oder starten Sie Ihren Schlüsselbund (z. B. GNOME Keyring oder KWallet) und öffnen Sie Raincheck dann erneut.
error-disk-full = Der Datenträger ist voll, daher wurde nichts gespeichert. Geben Sie etwas Speicherplatz frei und versuchen Sie es dann noch einmal.
error-storage = Das Protokoll konnte nicht gelesen oder geschrieben werden: { $detail }
error-internal = In Raincheck ist ein interner Fehler aufgetreten ({ $doing }). Bereits Gespeichertes ist nicht verloren. Versuchen Sie es noch einmal; wenn der Fehler wieder auftritt, starten Sie Raincheck neu und melden Sie ihn.
error-io = Auf { $path } konnte nicht zugegriffen werden ({ $action }): { $detail }

## Die Namen der Felder, wie die Sätze unten sie verwenden
# Sie stehen dort in Anführungszeichen als Feldname: „Unternehmen“ (wie die Beschriftungen im Formular).

field-company = Unternehmen
field-position = Stelle
field-interviewer-name = Ansprechperson
field-interviewer-email = E-Mail der Ansprechperson
field-interviewer-phone = Telefon der Ansprechperson
field-place = Ort oder Link
field-stage = Phase
field-notes = Notizen
field-reason = Grund
field-message = Nachrichtentext
field-message-subject = Betreff der Nachricht
field-subject = Betreff
field-reply = Antwort
field-name = Name
field-email = E-Mail
field-phone = Telefon
field-talking-point = Gesprächspunkt
field-job-description = Stellenbeschreibung
field-history-field = Feldname im Verlauf
field-history-entry = Verlaufseintrag
field-non-negotiable = Kriterium

## Ein Feld, das so nicht übernommen werden kann

error-required = Das Feld „{ $field }“ darf nicht leer sein: Füllen Sie es aus.
error-line-break = Das Feld „{ $field }“ darf nur eine Zeile haben, enthält aber an Zeichenposition { $at } einen Zeilenumbruch. Entfernen Sie den Zeilenumbruch.
error-direction-character = Das Feld „{ $field }“ enthält an Zeichenposition { $at } ein unsichtbares Textrichtungszeichen ({ $code }), durch das der Text anders angezeigt werden kann, als er lautet. Entfernen Sie es: Tippen Sie diesen Teil neu ein, statt ihn einzufügen.
error-control-character = Das Feld „{ $field }“ enthält an Zeichenposition { $at } ein verborgenes Steuerzeichen ({ $code }). Entfernen Sie es: Tippen Sie diesen Teil neu ein, statt ihn einzufügen.
error-too-long = Das Feld „{ $field }“ ist { $chars } Zeichen lang; erlaubt sind höchstens { $most }. Kürzen Sie den Text.
error-not-an-email = „{ $value }“ im Feld „{ $field }“ ist keine E-Mail-Adresse: Schreiben Sie sie in der Form name@example.com.
error-not-a-phone = „{ $value }“ im Feld „{ $field }“ ist keine Telefonnummer: Verwenden Sie Ziffern und für die Landesvorwahl ein +, z. B. +49 30 1234567.
error-duration = Eine Dauer von { $minutes } Minuten ist nicht möglich: Geben Sie 1 bis { $most } Minuten an.
error-start-required = Beginn und Zeitzone sind Pflichtangaben: Geben Sie starts_at (z. B. 2026-12-03T10:00) und tz (z. B. Europe/Berlin) an.
error-too-many-points = Es werden höchstens { $most } Gesprächspunkte gespeichert, nicht { $count }: Behalten Sie die drei wichtigsten.
error-ticked-and-unticked = „{ $item }“ ist zugleich abgehakt und nicht abgehakt: Geben Sie es nur einmal an.
error-buffer = Ein Puffer von { $minutes } Minuten ist mehr als die erlaubten { $most }: Geben Sie weniger Minuten an.
error-reply-empty = Die Antwort ist leer: Fügen Sie ein, was das Unternehmen geantwortet hat, oder fassen Sie es in wenigen Worten zusammen.
error-no-such-message = Im Protokoll gibt es keine Nachricht #{ $id }.
error-no-such-interview = Im Protokoll gibt es kein Gespräch #{ $id }: `raincheck log list` zeigt die Nummern.
error-no-answer-too-soon = Geben Sie dem Unternehmen bis { $until } Zeit, auf Ihre Nachfrage zu antworten, bevor Sie das Gespräch als „keine Antwort“ markieren.
error-no-answer-without-follow-up = Als „keine Antwort“ lässt sich nur ein Gespräch markieren, bei dem Ihre Nachfrage unbeantwortet blieb: Senden Sie zuerst die Nachfrage, oder vermerken Sie die Antwort des Unternehmens.
error-snooze-not-due = Für Gespräch #{ $id } ist gerade keine solche Erinnerung fällig, es gibt also nichts aufzuschieben: Später erinnern lässt sich nur an eine Erinnerung, die schon gekommen und in den Einstellungen eingeschaltet ist.
error-zoom = Die Größe { $size } bietet Raincheck nicht an: Wählen Sie 100, 125, 150, 175 oder 200 %.
error-read-only-log = Es wurde nichts gespeichert: Der Ordner des Protokolls (oder die Protokolldatei selbst) ist schreibgeschützt. Ihre Gespräche können Sie weiterhin lesen und exportieren. Heben Sie den Schreibschutz des Ordners auf und öffnen Sie Raincheck dann erneut.
error-read-only-no-log = In { $folder } gibt es noch kein Protokoll, und der Ordner ist schreibgeschützt, daher kann keines angelegt werden. Heben Sie den Schreibschutz des Ordners auf, oder wählen Sie mit --data-dir einen anderen.
error-read-only-update = Das Protokoll unter { $path } muss in ein neueres Format überführt werden, bevor diese Raincheck-Version es lesen kann, aber sein Ordner ist schreibgeschützt. Heben Sie den Schreibschutz des Ordners auf und öffnen Sie Raincheck dann erneut.
error-moved-aside-exists = { $path } gibt es bereits (gerade eben wurde ein Protokoll beiseitegelegt): Warten Sie eine Sekunde und versuchen Sie es noch einmal.
error-busy-changing = Raincheck ist beschäftigt: Ein anderes laufendes Raincheck (das Fenster oder ein Befehl) stellt das Protokoll gerade wieder her, verschlüsselt oder aktualisiert es; daher wurde nichts geändert. Warten Sie, bis es fertig ist, oder beenden Sie das andere Raincheck („Raincheck beenden“ im Menü der Systemleiste), und versuchen Sie es dann noch einmal. (Sperre: { $lock })
error-busy-open = Raincheck ist beschäftigt: Ein anderes laufendes Raincheck (das Fenster oder ein Befehl) hat das Protokoll geöffnet; daher wurde nichts geändert. Warten Sie, bis es fertig ist, oder beenden Sie das andere Raincheck („Raincheck beenden“ im Menü der Systemleiste), und versuchen Sie es dann noch einmal. (Sperre: { $lock })

## Sicherungen und Exporte

error-backup-not-a-log = { $path } ist keine Raincheck-Sicherung ({ $detail }): Wählen Sie eine andere Sicherungsdatei. Ihr Protokoll wurde nicht verändert.
error-backup-other-key = { $path } wurde mit einem anderen Schlüssel erstellt (auf einem anderen Computer oder bevor der Schlüsselbund zurückgesetzt wurde) und lässt sich hier nicht öffnen: Holen Sie Ihre Daten stattdessen mit `raincheck import` aus einem JSON-Export zurück. Ihr Protokoll wurde nicht verändert.
error-backup-newer = { $path } stammt von einer neueren Raincheck-Version: Aktualisieren Sie die App und stellen Sie die Sicherung dann wieder her. Ihr Protokoll wurde nicht verändert.
error-backup-exists = { $path } gibt es bereits: Wählen Sie für die Sicherung einen neuen Dateinamen.
error-backup-over-log = Die Sicherung kann nicht die Protokolldatei selbst überschreiben: Wählen Sie eine andere Datei.
# $place ist die Position in der Datei (1, 2, 3 …), $message ein ganzer Satz dieser Datei.
error-in-file = { $place }. Gespräch in der Datei (#{ $id }): { $message }
error-not-an-export = Die Datei ist kein Raincheck-Export: { $detail }. Erstellen Sie einen mit `raincheck export --format json`.
error-export-version = Die Datei ist ein Export im Format „{ $format }“, Version { $version }; diese Raincheck-Version liest „{ $ours }“ bis Version { $newest }.
error-export-same-number = Die Datei enthält zwei Gespräche mit der Nummer #{ $id } (das zweite ist das { $place }. Gespräch in der Datei): Sie wurde nicht mit dem Export von Raincheck erstellt oder nachträglich bearbeitet. Exportieren Sie erneut.
error-export-reminder-kind = Eine Erinnerung zum Gespräch #{ $id } in der Datei hat eine unbekannte Art: Die Datei wurde nicht mit dem Export von Raincheck erstellt oder nachträglich bearbeitet. Exportieren Sie erneut.
error-export-template-twice = Die Datei enthält mehr als eine Fassung der Vorlage { $name }: Behalten Sie nur eine und importieren Sie erneut.

## Uhrzeiten und Zeitzonen

error-zone-missing = Die Zeitzone fehlt: Geben Sie einen IANA-Namen an, z. B. Europe/Berlin oder America/New_York.
error-zone-too-long = „{ $start }…“ ist zu lang für eine Zeitzone: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.
error-zone-unknown = Unbekannte Zeitzone „{ $name }“: Verwenden Sie einen IANA-Namen. Meinten Sie { $suggestions }?
error-start-unreadable = Die Angabe „{ $text }“ für den Beginn ist kein Datum mit Uhrzeit: Schreiben Sie sie als 2026-12-03T10:00 (Uhrzeit in der Zeitzone des Gesprächs) oder mit UTC-Versatz als 2026-12-03T10:00+01:00.
error-time-twice = Die Uhrzeit { $time } gibt es am { $date } in { $zone } zweimal, weil die Uhren zurückgestellt werden: Ergänzen Sie den UTC-Versatz, { $first } für die erste oder { $second } für die zweite.
error-offset-not-the-zones = Der UTC-Versatz { $given } passt am { $wall } nicht zu { $zone }: Dort gilt { $offset }. Korrigieren Sie den Versatz oder die Zeitzone.
error-time-skipped = Die Uhrzeit { $time } gibt es am { $date } in { $zone } nicht: Die Uhren springen von { $from } auf { $to }. Wählen Sie eine Uhrzeit außerhalb dieser Lücke.
error-not-a-weekday = „{ $name }“ ist kein Wochentag: Verwenden Sie mon, tue, wed, thu, fri, sat oder sun.
error-not-a-time-of-day = „{ $text }“ ist keine Uhrzeit: Schreiben Sie sie in der Form 09:00.

## Kalendereinladungen (.ics)

error-ics-too-big = Die Kalenderdatei ist größer als { $kilobytes } KB, mehr als eine Einladung braucht: Exportieren Sie nur diesen einen Termin aus Ihrem Kalender und importieren Sie ihn.
error-ics-unreadable = Die Datei ist keine Kalendereinladung (.ics): { $detail }. Exportieren Sie die Einladung erneut aus Ihrem Kalender.
# $what ist eine der ics-line-*-Wendungen darunter: „Die Zeile, die mit „…“ beginnt, hat vor ihrem Wert keinen Doppelpunkt.“
error-ics-damaged = Die Kalenderdatei ist beschädigt: Die Zeile, die mit „{ $start }“ beginnt, { $what }. Exportieren Sie die Einladung erneut aus Ihrem Kalender.
ics-line-no-part-name = nennt keinen Abschnitt
ics-line-no-property-name = beginnt nicht mit dem Namen einer Eigenschaft
ics-line-no-colon = hat vor ihrem Wert keinen Doppelpunkt
ics-line-open-quote = enthält einen Wert in Anführungszeichen, der nicht in derselben Zeile endet
error-ics-too-deep = Die Kalenderdatei verschachtelt Abschnitte mehr als { $most } Ebenen tief (eine Einladung braucht drei): Raincheck kann sie nicht als Einladung lesen.
error-ics-too-many-events = Die Kalenderdatei enthält mehr als { $most } Termine: Importieren Sie nur die Einladung selbst oder einen kleineren Teil des Kalenders.
error-ics-no-event = Die Kalenderdatei enthält keinen Termin.

## Eine Nachricht entwerfen

# Die draft-field-* stehen am Satzanfang von error-draft-too-long („Ihr Name ist … Zeichen lang“): Nominativ, großgeschrieben.
draft-field-your-name = Ihr Name
draft-field-company = Der Name des Unternehmens
draft-field-position = Die Stellenbezeichnung
draft-field-place = Der Ort oder Link
draft-field-their-subject = Der Betreff der erhaltenen Nachricht
draft-field-moving-to = Ihr Umzugsziel
draft-field-moving-when = Der Zeitpunkt Ihres Umzugs
draft-field-new-role = Ihre neue Stelle
draft-field-referral = Der Name der empfohlenen Person
draft-field-interviewer = Der Name der Ansprechperson
draft-field-other = Diese Angabe
error-draft-too-long = { $field } ist { $chars } Zeichen lang; erlaubt sind höchstens { $most }. Kürzen Sie den Text.
error-draft-company-missing = Der Name des Unternehmens fehlt: Geben Sie an, wie der Arbeitgeber heißt.
error-draft-position-missing = Die Stelle fehlt: Geben Sie die Stellenbezeichnung an.
error-reason-too-long = Der Grund ist länger als { $most } Zeichen: Ein kurzer Satz genügt.
error-reason-sentences = Der Grund besteht aus mehr als einem Satz: Beschränken Sie sich auf einen.
error-draft-kind-missing = Die Art der Nachricht fehlt. Wählen Sie eine der folgenden: { $kinds }.
error-draft-channel-missing = Der Versandweg fehlt: Für „{ $kind }“ stehen { $channels } zur Wahl.
error-draft-channel-wrong = Für „{ $kind }“ gibt es keine Fassung als „{ $channel }“: Möglich sind { $channels }.
error-draft-time-missing = Datum und Uhrzeit des Gesprächs fehlen, die Nachricht muss sie aber nennen: Tragen Sie sie beim Gespräch ein.
error-draft-too-many-slots = Das sind mehr als drei Terminvorschläge: Bieten Sie zwei oder drei an.
error-draft-check-back-missing = Der Tag, an dem Sie sich wieder melden, fehlt: Geben Sie den Tag an, an dem die Pause endet (YYYY-MM-DD).
error-draft-too-late = Bei mehr als { $most } Minuten ist es keine Verspätung mehr: Bitten Sie stattdessen um Verschiebung.

## Vorlagen

error-template-no-language = Für diese Nachricht ({ $kind }) gibt es noch keine Vorlage in dieser Sprache ({ $language }): Entwerfen Sie sie in einer anderen Sprache.
error-template-too-long = Die Vorlage { $name } ergibt eine Nachricht mit mehr als { $kilobytes } KB, daher wurde das Ausfüllen abgebrochen: Kürzen Sie die Vorlage oder setzen Sie sie auf Standard zurück.
error-template-too-slow = Das Ausfüllen der Vorlage { $name } hat länger als { $seconds } Sekunden gedauert und wurde daher abgebrochen: Vereinfachen Sie die Vorlage oder setzen Sie sie auf Standard zurück.
error-template-stopped = Die Vorlage { $name } konnte nicht ausgefüllt werden (Tera hat dabei abgebrochen): Vereinfachen Sie die Vorlage oder setzen Sie sie auf Standard zurück.
error-template-not-unicode = Die Vorlage { $name } hat Text erzeugt, der kein gültiges Unicode ist: Setzen Sie sie auf Standard zurück.
error-template-unknown = Es gibt keine bearbeitbare Vorlage namens { $name }.
# $place ist einer der beiden Sätze darunter: „… enthält einen Fehler in Zeile 3, Spalte 7: …“.
error-template-syntax = Die Vorlage { $name } enthält einen Fehler{ $place }: { $detail }. Korrigieren Sie ihn oder setzen Sie die Vorlage auf Standard zurück.
template-at-place = { " " }in Zeile { $line }, Spalte { $column }
template-at-no-place = { "" }

## E-Mail-Programm, Telefon oder Besprechung öffnen

error-link-recipient = Der Empfänger ist keine einzelne E-Mail-Adresse: Korrigieren Sie die E-Mail der Ansprechperson über „Bearbeiten“, oder kopieren Sie die Nachricht und senden Sie sie selbst.
error-link-phone = Das ist keine Telefonnummer mit mindestens 6 Ziffern: Korrigieren Sie sie über „Bearbeiten“, oder wählen Sie die Nummer selbst.
error-link-meeting = Unter „Ort oder Link“ steht kein Weblink, der sich öffnen ließe: Ergänzen Sie den Link zum Gespräch (https://…) über „Bearbeiten“, oder öffnen Sie ihn aus der Einladung.

## Entscheiden und nachfragen

error-wizard-interest = Geben Sie an, ob Sie diese Stelle noch möchten.
# „Nichts“ verweist auf wizard-situation-none in core.ftl.
error-wizard-situation = Wählen Sie, was im Weg steht, oder „Nichts“.
error-wizard-non-negotiable = Dieses Kriterium steht nicht mehr in Ihrer Liste: Gehen Sie zurück und wählen Sie erneut.
error-non-negotiables-full = Sie haben bereits { $most } unverzichtbare Kriterien festgehalten, mehr sind nicht möglich: Entfernen Sie eines, bevor Sie ein weiteres hinzufügen.
error-non-negotiable-twice = „{ $text }“ haben Sie bereits als unverzichtbares Kriterium festgehalten.
error-non-negotiable-number = Ein Kriterium mit der Nummer { $number } gibt es nicht: { $count ->
    [0] Sie haben noch keines festgehalten.
    [one] Sie haben nur Nummer 1.
   *[other] Wählen Sie eine Nummer von 1 bis { $count }.
}
error-suggestion-unknown = Einen Vorschlag „{ $scenario }“ gibt es nicht zum Übernehmen oder Verwerfen: Beantworten lassen sich nur die Vorschläge, die die Auswertung gerade zeigt.
error-check-back-passed = Der Tag zum Wiedermelden ({ $day }) ist schon erreicht: Wählen Sie einen Tag nach heute, an dem die Pause enden soll.
error-follow-up-days = { $days } Werktage sind nicht möglich: Geben Sie an, wie lange Sie auf eine Antwort warten möchten, zwischen 1 und { $most } Werktagen.
error-export-folder-full = In { $folder } liegen bereits tausend Dateien namens { $name }: Verschieben Sie einige davon und versuchen Sie es noch einmal.

## Der Desktop rund um das Fenster

error-desktop-zoom = Die Größe der Darstellung konnte nicht geändert werden ({ $detail }). Die Vergrößerung Ihres Desktops funktioniert weiterhin.
error-desktop-autostart-read = Die Liste der Apps, die Ihr Desktop bei der Anmeldung startet, konnte nicht gelesen werden ({ $detail }). Raincheck funktioniert trotzdem; starten Sie es nach der Anmeldung selbst.
error-desktop-autostart-change = Der Desktop hat nicht zugelassen, dass Raincheck ändert, ob es bei der Anmeldung startet ({ $detail }). Versuchen Sie es noch einmal, oder fügen Sie Raincheck in den Autostart-Einstellungen Ihres Desktops hinzu.

## Die Befehlszeile

error-insights-one-form = Wählen Sie ein Format: --csv für eine Tabellenkalkulation oder --json.
error-no-upcoming-to-export = Es gibt kein bevorstehendes Gespräch, das sich exportieren ließe.
error-invite-not-text = { $path } ist keine Textdatei, eine Kalendereinladung (.ics) besteht aber aus Text: Exportieren Sie die Einladung erneut aus Ihrem Kalender.

## Der Zustand des Protokolls, wie die Einstellungen und `raincheck status` ihn nennen

encryption-on = Mit SQLCipher verschlüsselt; der Schlüssel liegt im Schlüsselbund des Systems (raincheck / log-key).
encryption-plain = Nicht verschlüsselt.
encryption-later = Noch nicht verschlüsselt: Ein anderes Raincheck hat das Protokoll geöffnet. Es wird verschlüsselt, sobald Raincheck es das nächste Mal allein öffnet.
encryption-read-only = Nicht verschlüsselt: Der Ordner des Protokolls ist schreibgeschützt, daher lässt es sich jetzt nicht verschlüsseln. Raincheck verschlüsselt es, sobald der Ordner beschreibbar ist und ein Schlüsselbund antwortet.
encryption-no-keyring = Nicht verschlüsselt: Der Schlüsselbund des Systems hat nicht geantwortet ({ $detail }). Raincheck arbeitet weiter und verschlüsselt das Protokoll, sobald ein Schlüsselbund verfügbar ist.
read-only-reason = Es kann nichts gespeichert werden: Der Ordner des Protokolls { $folder } (oder die Protokolldatei) ist schreibgeschützt. Ihre Gespräche lassen sich weiterhin lesen und exportieren. Machen Sie den Ordner beschreibbar und öffnen Sie Raincheck dann erneut.

## Was das Fenster selbst weiterreicht

error-backup-not-a-file = Die Sicherung ist nicht als Datei angekommen: Wählen Sie die Sicherungsdatei erneut aus.
error-link-no-app = Keine App auf diesem Computer hat den Link übernommen ({ $detail }): Kopieren Sie den Text und senden Sie ihn selbst, oder öffnen Sie einen Besprechungslink aus der Einladung heraus.
error-new-time-passed = Der neue Termin „{ $when }“ liegt bereits in der Vergangenheit: Prüfen Sie das Datum und ob die Uhrzeit in der Zeitzone des Gesprächs angegeben ist.

## Der Ordner des Kalender-Feeds

error-feed-folder-empty = Nennen Sie einen Ordner für den Kalender-Feed, am besten einen, den der Kalender Ihres Telefons synchronisiert.
error-feed-folder-missing = Den Ordner { $path } gibt es nicht (mehr): Wählen Sie einen vorhandenen Ordner oder legen Sie ihn zuerst an.
error-feed-folder-not-a-folder = { $path } ist eine Datei, kein Ordner: Wählen Sie den Ordner, in den der Kalender-Feed soll.
error-feed-folder-read-only = Raincheck darf in { $path } nicht schreiben: Wählen Sie einen Ordner, in dem Sie schreiben dürfen, oder ändern Sie seine Berechtigungen.
error-feed-folder-unusable = Der Kalender-Feed ließ sich in { $path } nicht schreiben ({ $detail }): Wählen Sie einen anderen Ordner.
