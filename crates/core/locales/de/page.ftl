# Was die Seite des Fensters sagt, auf Deutsch (Anrede: „Sie“). Die Seite
# formatiert diese Texte mit Fluents JavaScript-Bibliothek (ui/words.js).
# Schlüssel, die ui/index.html als data-t-Attribute nutzt, stehen dort auf
# Englisch; die Katalogtests halten beide Fassungen gleich.
# „their time“ heißt hier „Ortszeit des Unternehmens“ bzw. kurz „Ortszeit dort“
# (ein kleingeschriebenes „ihre“ würde mit der Anrede „Ihre“ verwechselt).

## Die Seite beim Öffnen

views = Ansichten
keyboard-shortcuts = Tastenkürzel
next-up = Als Nächstes
show = Anzeigen
search-company-person-place-notes = Suchen: Unternehmen, Person, Ort, Notizen …  ( / )
interviews = Gespräche
leave-empty-to-give-none = leer lassen, wenn Sie keinen nennen möchten
first-new-time = Erster neuer Termin
second-new-time = Zweiter neuer Termin
third-new-time = Dritter neuer Termin
to-reply-in-their-thread = damit Ihre Antwort im selben Verlauf landet
e-g-data-analyst-at-globex = z. B. Data Analyst bei Globex
# Wird in den Satz „Ich ziehe … nach Lissabon um“ eingesetzt.
e-g-lisbon = z. B. Lissabon
# Wird in den Satz „Ich ziehe im März … um“ eingesetzt.
e-g-in-march = z. B. im März
# Wird in „die Einladung in die letzte Runde“ eingesetzt (Akkusativ mit Artikel).
e-g-the-final-round = z. B. die letzte Runde
e-g-harbour-talent = z. B. Harbour Talent
# Platzhalter im Feld „Ihre Zeitzone“.
the-systems = wie im System
e-g-first-round = z. B. erste Runde
skip-to-content = Zum Inhalt springen
draft = Entwurf
settings = Einstellungen
move-the-file-aside-and-start = Datei beiseitelegen und neues Protokoll beginnen
restore-a-backup = Sicherung wiederherstellen …
import-an-invite-ics = Einladung importieren (.ics) …
add-interview = Gespräch hinzufügen
reminders = Erinnerungen
what-is-your-name = Wie heißen Sie?
every-message-raincheck-drafts-is-signed = Jede Nachricht, die Raincheck für Sie entwirft, wird damit unterschrieben. In den Einstellungen können Sie ihn ändern und Ihre E-Mail-Adresse und Telefonnummer ergänzen.
your-name = Ihr Name
save = Speichern
not-now = Nicht jetzt
all = Alle
upcoming = Bevorstehend
undecided = Noch offen
past = Vergangen
filter-no-answer = Keine Antwort
search-interviews = Gespräche durchsuchen
arrow-keys-move-between-interviews-page = Mit den Pfeiltasten wechseln Sie zwischen den Gesprächen; mit Bild ab und Ende erreichen Sie den Rest der Liste.
show-more = Mehr anzeigen
no-interviews-yet = Noch keine Gespräche
add-the-interview-you-are-unsure = Fügen Sie das Gespräch hinzu, bei dem Sie unsicher sind. Raincheck hilft Ihnen bei der Entscheidung, sagt Ihnen, ob Sie anrufen oder schreiben sollten, und erinnert Sie, bevor die Zeit knapp wird.
nothing-here = Hier ist nichts
no-interview-matches-this-filter-choose = Kein Gespräch passt zu diesem Filter. Wählen Sie „Alle“, um alle Gespräche zu sehen.
all-interviews = ← Alle Gespräche
decide = Entscheiden
nothing-to-draft-yet = Noch nichts zu entwerfen
# „Nachricht entwerfen“ ist detail-draft.
open-an-interview-and-decide-what = Öffnen Sie ein Gespräch und entscheiden Sie, wie es weitergeht; über „Nachricht entwerfen“ kommen Sie dann hierher, mit der passenden Art von Nachricht.
go-to-your-interviews = Zu Ihren Gesprächen
who-is-writing = Wer schreibt?
your-e-mail = Ihre E-Mail-Adresse
your-phone = Ihre Telefonnummer
save-to-your-profile = Im Profil speichern
you-have-edited-the-message-and = Sie haben die Nachricht bearbeitet, und seitdem haben sich die Optionen geändert.
use-the-new-draft = Neuen Entwurf verwenden
keep-my-text = Meinen Text behalten
# Auswahl der Art der Nachricht (kind-*).
message = Art der Nachricht
send-by = Senden über
written-in = Sprache
reason-one-sentence-optional = Grund, in einem Satz (optional)
# Danach folgt draft-their-time: „Neue Terminvorschläge, Ortszeit dort (Europe/Berlin)“.
new-times-to-offer = Neue Terminvorschläge,
suggest-free-times = Freie Termine vorschlagen
leave-all-empty-to-ask-them = Lassen Sie alle Felder leer, wenn das Unternehmen Termine vorschlagen soll.
check-back-on = Wieder melden am
i-still-want-this-role-ask = Ich möchte die Stelle noch (um einen neuen Termin bitten)
subject-of-their-message-optional = Betreff der erhaltenen Nachricht (optional)
your-new-role-optional = Ihre neue Stelle (optional)
moving-to-optional = Umzug nach (optional)
moving-when-optional = Zeitpunkt des Umzugs (optional)
how-late-in-minutes = Verspätung in Minuten
the-new-time-they-offered-their = Angebotener neuer Termin (Ortszeit des Unternehmens)
the-round-you-withdraw-from-optional = Runde, die Sie absagen (optional)
the-recruiters-agency = Personalvermittlung
the-recruiters-name = Name Ihrer Ansprechperson dort
days-since-your-last-message = Tage seit Ihrer letzten Nachricht
recommend-someone-instead-optional = Stattdessen jemanden empfehlen (optional)
leave-the-door-open = Die Tür offenhalten
offer-to-keep-in-touch-on = Anbieten, über LinkedIn in Kontakt zu bleiben
greet-them-by-first-name = Mit Vornamen begrüßen
edit-this-template = Diese Vorlage bearbeiten …
subject = Betreff
the-message = Nachrichtentext
copy = Kopieren
open-in-mail-app = Im E-Mail-Programm öffnen
call = Anrufen
mark-as-sent = Als gesendet markieren
checklist = Checkliste
you = Ihre Angaben
messages-sign-off-with-these-details = Ihre Nachrichten enden mit diesen Angaben.
name = Name
e-mail = E-Mail
phone = Telefon
home-time-zone = Ihre Zeitzone
buffer-between-interviews-minutes = Puffer zwischen Gesprächen (Minuten)
messages-written-in = Sprache der Nachrichten
# Die nächsten drei bilden einen Satz: „Gespräche möglich von [Zeit] bis [Zeit] an diesen Tagen [Mo … So]“.
interviews-from = Gespräche möglich von
until = bis
on = an diesen Tagen
mon = Mo
tue = Di
wed = Mi
thu = Do
fri = Fr
sat = Sa
sun = So
save-profile = Profil speichern
# Danach folgen die reminder-* aus core.ftl, in der Ich-Form.
remind-me = Mich erinnern …
start-raincheck-when-i-log-in = Raincheck bei der Anmeldung starten (im Hintergrund, damit Erinnerungen auch bei geschlossenem Fenster kommen)
your-log = Ihr Protokoll
encryption = Verschlüsselung
log-file = Protokolldatei
saving = Speicherung
export-json = Exportieren (JSON)
export-for-spreadsheets-csv = Für Tabellenkalkulation exportieren (CSV)
back-up = Sichern
import-an-export = Export importieren …
exports-and-backups-go-to-your = Exporte und Sicherungen werden in Ihrem Ordner „Dokumente“ abgelegt.
appearance = Darstellung
colours = Farben
size = Größe
ctrl-and-ctrl-change-the-size = Mit Strg + und Strg − ändern Sie die Größe überall; Strg 0 stellt sie zurück.
about-this-app = Über diese App
version = Version
data-folder = Datenordner
add-an-interview = Gespräch hinzufügen
company = Unternehmen
position = Stelle
date-and-time-their-time = Datum und Uhrzeit (Ortszeit des Unternehmens)
their-time-zone = Zeitzone des Unternehmens
duration-minutes = Dauer (Minuten)
how-youve-been-in-touch = Bisheriger Kontaktweg
interviewer = Ansprechperson
interviewers-e-mail = E-Mail der Ansprechperson
interviewers-phone = Telefon der Ansprechperson
place-or-link = Ort oder Link
stage = Phase
notes = Notizen
cancel = Abbrechen
edit-template = Vorlage bearbeiten
your-version-is-kept-in-your = Ihre Fassung wird in Ihrem Protokoll gespeichert. Variablen:
template = Vorlage
preview = Vorschau
reset-to-default = Auf Standard zurücksetzen
close = Schließen
save-template = Vorlage speichern
which-event-is-the-interview = Welcher Termin ist das Gespräch?
what-did-they-reply = Was hat das Unternehmen geantwortet?
their-answer-pasted-or-in-a = Die Antwort, eingefügt oder in wenigen Worten
save-the-reply = Antwort speichern
keep-it = Behalten
delete = Löschen
decide-about-the-interview-shown = Über das angezeigte Gespräch entscheiden
search-the-interviews = Gespräche durchsuchen
move-through-the-list-the-rest = Durch die Liste blättern (weitere Einträge werden nachgeladen)
interviews-draft-insights-settings = Gespräche, Entwurf, Auswertung, Einstellungen
larger-smaller-back-to-normal-size = Größer, kleiner, normale Größe
this-list = Diese Übersicht
close-a-dialog = Dialog schließen
window-language = Sprache der Oberfläche
follow-up-after = Nachfrage vorschlagen nach so vielen Werktagen ohne Antwort
settings-follow-up-saved = Nachfragen: gespeichert.
calendar-feed = Kalender-Feed
calendar-feed-explained = Legen Sie eine Kalenderdatei in einen Ordner, den der Kalender Ihres Telefons synchronisiert: Jedes offene „Entscheiden bis“ steht dort als Termin mit Erinnerung, sodass Ihr Telefon Sie auch bei zugeklapptem Computer erinnert.
feed-folder = Ordner
feed-folder-placeholder = ein Ordner, den der Kalender Ihres Telefons synchronisiert
keep-the-feed-here = Feed hier ablegen
feed-file = Datei
feed-last-written = Zuletzt geschrieben
feed-events = Termine
turn-the-feed-off = Feed ausschalten
settings-feed-events = { $count ->
    [0] Keine: Kein Gespräch ist offen
   *[other] { $count }
}
settings-feed-saved = Der Kalender-Feed liegt jetzt in { $path }.
settings-feed-off = Der Kalender-Feed ist aus, seine Datei entfernt.
insights = Auswertung
export-the-figures = Zahlen exportieren (CSV)
nothing-to-count-yet = Noch nichts auszuwerten
insights-empty = Sobald Gespräche im Protokoll stehen, sehen Sie hier, was aus ihnen wurde, warum Sie sich zurückgezogen haben und wie Arbeitgeber geantwortet haben.
what-became-of-them = Was aus ihnen wurde
why-you-stepped-back = Warum Sie sich zurückgezogen haben
no-reason-recorded-yet = Noch kein Grund vermerkt: Der Assistent speichert den, den Sie wählen.
notice-and-replies = Vorlauf und Antworten
non-negotiables-to-consider = Was Ihnen unverzichtbar sein könnte
no-suggestion-yet = Wenn derselbe Grund immer wieder vorkommt, erscheint hier ein Kriterium, auf das Sie beim nächsten Mal achten können.
your-non-negotiables = Ihre unverzichtbaren Kriterien
non-negotiables-intro = Was eine Stelle Ihnen bieten muss, in Ihren eigenen Worten. Wenn Sie über ein Gespräch entscheiden, fragt der Assistent, ob die Stelle einem davon widerspricht.
non-negotiables-none = Noch keine: Fügen Sie eigene hinzu, oder übernehmen Sie einen Vorschlag aus der Auswertung.
a-non-negotiable = Ein unverzichtbares Kriterium
add-non-negotiable = Hinzufügen

## Der Rahmen der App

error-no-backend = Das Fenster von Raincheck ist nicht mit der App verbunden.
error-no-answer = Raincheck hat nicht rechtzeitig geantwortet. Versuchen Sie es noch einmal; wenn das wiederholt passiert, starten Sie Raincheck neu.
log-moved-aside = Die unlesbare Datei heißt jetzt { $path }. Ein neues, leeres Protokoll wurde begonnen; in den Einstellungen können Sie eine Sicherung oder einen Export importieren.
backup-restored-kept = Sicherung wiederhergestellt. Das ersetzte Protokoll liegt unter { $path }.
backup-restored = Sicherung wiederhergestellt.

## Der Assistent und die Ansicht „Entwurf“

wizard-progress = Frage { $step } von { $steps }
wizard-back = Zurück
wizard-see-advice = Zur Empfehlung
wizard-next = Weiter
wizard-advice = Was zu tun ist
wizard-how-to-tell = So teilen Sie es mit
wizard-check-back-on = Wieder melden am
wizard-reason = Ihr Grund, in wenigen Worten (nur für Sie, wird nicht gesendet)
# $language ist der Eigenname der Sprache („Français“, „English (UK)“),
# daher keine Konstruktion wie „auf Französisch“.
draft-title = Entwurf: { $company }
draft-language-guess = Arbeitgeber dort schreiben oft in dieser Sprache: { $language }.
draft-write-in = { $language } verwenden
draft-optional = optional
draft-their-time = Ortszeit dort ({ $zone })
draft-replaced = Durch den neuen Entwurf ersetzt.
undo = Rückgängig
draft-saved-to-profile = Im Profil gespeichert.
draft-not-checked = Nicht geprüft: { $why }
draft-ready = Bereit zum Senden.
draft-not-ready = Noch nicht fertig: Sehen Sie sich die markierten Punkte an.
draft-copied = Kopiert.
draft-no-phone = Für dieses Gespräch ist keine Telefonnummer hinterlegt: Fügen Sie eine über „Bearbeiten“ hinzu.
draft-recorded-sent = Als gesendet vermerkt.
draft-free-in-both = In beiden Kalendern frei: { $times }.
template-saved = Vorlage gespeichert.

## Die Seite eines Gesprächs

detail-decide-again = Neu entscheiden …
detail-decide = Entscheiden …
detail-draft = Nachricht entwerfen
detail-edit = Bearbeiten
detail-add-to-calendar = Zum Kalender hinzufügen (.ics)
detail-delete = Löschen …
detail-details = Angaben
detail-messages = Nachrichten
detail-no-message = Noch keine Nachricht vermerkt.
detail-their-reply = Antwort: { $reply }
detail-they-replied = Antwort erhalten …
detail-history = Verlauf
prep-done = { $done } von { $of } erledigt
prep-ticked = { $item }: abgehakt.
prep-not-ticked = { $item }: nicht abgehakt.
prep-point = Gesprächspunkt { $n }
prep-point-1-hint = Was Sie schon getan haben, das zu dieser Stelle passt
prep-point-2-hint = Eine Frage an das Unternehmen
prep-point-3-hint = Warum dieses Unternehmen
prep-points-saved = Gesprächspunkte gespeichert.
prep-job-description = Die Stellenbeschreibung: Link oder Text
prep-job-description-hint = Fügen Sie den Link zur Anzeige oder ihren Text ein
prep-job-description-saved = Stellenbeschreibung gespeichert.
prep-title = Vor dem Gespräch
prep-both-times = Ortszeit dort { $theirs } ({ $zone }) · Ihre Zeit { $yours }
prep-open-link = Link zum Gespräch öffnen
prep-place = Ort: { $place }
prep-no-place = Kein Ort und kein Link vermerkt: Ergänzen Sie ihn über „Bearbeiten“.
ics-saved = Gespeichert unter { $path }: Öffnen Sie die Datei, um das Gespräch in Ihren Kalender zu übernehmen.
reply-recorded = Die Antwort ist vermerkt.
reply-new-time-optional = Falls ein neuer Termin vorgeschlagen wurde: wann, nach Ortszeit des Unternehmens
reply-new-time-hint = Das Gespräch wird auf diesen Termin verlegt; der alte bleibt im Verlauf erhalten.
reply-new-time-recorded = Die Antwort ist vermerkt und das Gespräch auf den neuen Termin verlegt.
detail-update-calendar = Kalender aktualisieren (.ics)
detail-reminders = Erinnerungen
detail-remind-me-again = Erneut erinnern:
silence-mark = Als „keine Antwort“ markieren
silence-marked = Als „keine Antwort“ markiert: Auf Ihre Nachfrage kam keine Reaktion.
silence-unmark = Markierung entfernen
silence-marked-toast = Als „keine Antwort“ markiert.
silence-unmarked-toast = Die Markierung „keine Antwort“ ist entfernt.
delete-confirm = Das Gespräch mit { $company } und alles, was dazu vermerkt ist, löschen? Sie können das direkt danach rückgängig machen.
deleted = { $company } gelöscht.

## Das Formular eines Gesprächs und die Liste

form-edit-title = Gespräch bearbeiten
form-add-title = Gespräch hinzufügen
form-save-changes = Änderungen speichern
form-add = Gespräch hinzufügen
form-changes-saved = Änderungen gespeichert.
form-added = Gespräch hinzugefügt.
first-run-name-missing = Geben Sie Ihren Namen ein oder wählen Sie „Nicht jetzt“.
first-run-thanks = Danke: Ihre Nachrichten werden mit Ihrem Namen unterschrieben.
invite-no-time = keine Uhrzeit
list-show-more = { $more } weitere anzeigen ({ $left } nicht angezeigt)
# $total: alle Gespräche (bzw. alle Treffer), $shown: davon schon geladen.
list-shown = { $total ->
    [one] 1 Gespräch
   *[other] { $shown } von { $total } Gesprächen angezeigt
 }
list-shown-matching = { $total ->
    [one] 1 Gespräch passt zu „{ $search }“
   *[other] { $total } Gespräche passen zu „{ $search }“, { $shown } davon angezeigt
 }
next-up-decide = Jetzt entscheiden
list-no-match = Kein Gespräch passt zu „{ $search }“. Versuchen Sie es mit weniger oder kürzeren Wörtern.
list-no-match-filtered = Hier passt kein Gespräch zu „{ $search }“. Versuchen Sie es mit weniger oder kürzeren Wörtern, oder wählen Sie „Alle“.
list-no-match-filter = Kein Gespräch passt zu diesem Filter. Wählen Sie „Alle“, um alle Gespräche zu sehen.
row-decide-about = Über das Gespräch mit { $company } entscheiden
row-decide = Entscheiden
row-their-time = Ortszeit dort: { $time }
# Der späteste Zeitpunkt, um noch höflich Bescheid zu geben, in der Zeit der Nutzerin bzw. des Nutzers.
decide-by = entscheiden bis { $when }
decide-by-polite = Entscheiden Sie bis { $when }, um rechtzeitig innerhalb der Arbeitszeiten des Unternehmens Bescheid zu geben.
row-prep-title = Checkliste vor dem Gespräch
row-prep = { $done } von { $of } erledigt
row-clash = Überschneidung

## Einstellungen

settings-on = Ein
settings-off = Aus
settings-notifications-server = Erinnerungen erscheinen als Desktop-Benachrichtigungen ({ $server }).
settings-notifications-checking = Benachrichtigungen des Desktops werden geprüft …
settings-reminders-saved = Einstellungen für Erinnerungen gespeichert.
settings-start-at-login-on = Raincheck startet, wenn Sie sich anmelden.
settings-start-at-login-off = Raincheck startet nicht bei der Anmeldung.
settings-profile-saved = Profil gespeichert.
settings-saved-to = Gespeichert unter { $path }
settings-imported = { $count ->
    [one] 1 Gespräch importiert.
   *[other] { $count } Gespräche importiert.
 }
settings-language-saved = Die Oberfläche ist jetzt auf Deutsch. Nachrichten an Arbeitgeber bleiben in der Sprache, die Sie dafür gewählt haben.

## Auswertung

insights-summary = { $count ->
    [one] Ein Gespräch im Protokoll.
   *[other] { $count } Gespräche im Protokoll.
 }
insights-outcome = Ergebnis
insights-reason = Grund
insights-count = Gespräche
insights-by-month = Monat für Monat
insights-month = Monat
insights-total = Gesamt
insights-none-yet = Noch keine
insights-notice = Wie früh Sie Bescheid gegeben haben
insights-notice-given = { $count ->
    [one] Einmal, { $hours } Std. vor Beginn
   *[other] { $count }-mal, im Median { $hours } Std. vor Beginn
 }{ $late ->
    [0] {""}
    [one] ; einmal mit weniger als 24 Stunden Vorlauf
   *[other] ; { $late }-mal mit weniger als 24 Stunden Vorlauf
 }
insights-replies = Antworten
insights-replies-rate = { $answered } von { $asked } Nachrichten mit einer Frage ({ $percent } %)
insights-reply-time = Übliche Zeit bis zur Antwort
insights-hours = { $hours } Std.
insights-follow-ups = Nachfragen
insights-follow-ups-answered = { $sent ->
    [0] Keine gesendet
   *[other] { $sent } gesendet, { $answered } beantwortet
 }

## Unverzichtbare Kriterien (Einstellungen, Auswertung, Seite eines Gesprächs)

non-negotiable-edit = Ändern
non-negotiable-remove = Entfernen
non-negotiable-edit-label = „{ $text }“ umformulieren
non-negotiable-remove-label = „{ $text }“ entfernen
non-negotiable-added = Festgehalten: { $text }
non-negotiable-changed = Geändert: { $text }
non-negotiable-removed = Entfernt: { $text }
suggestion-keep = Übernehmen
suggestion-edit = Vorher umformulieren
suggestion-dismiss = Verwerfen
suggestion-own-words = In Ihren eigenen Worten
suggestion-dismissed = Verworfen: Dieser Vorschlag erscheint nicht wieder.
detail-non-negotiables = Ihre unverzichtbaren Kriterien: { $list }.
detail-decide-with-them = Mit Blick darauf entscheiden
