# Was der Kern im Fenster schreibt, auf Deutsch (Anrede: „Sie“).
# Jede Sprache hat ihre eigene Datei mit denselben Schlüsseln, muttersprachlich
# geschrieben; `crates/core/tests/catalogues.rs` schlägt fehl, wenn einer
# Datei ein Schlüssel fehlt, den eine andere hat.
# Begriffe wie in den Vorlagen (templates/de/): Gespräch/Vorstellungsgespräch,
# Bewerbung zurückziehen (Rückzug), Verschiebung, Bewerbung ruhen lassen.

## Datum und verbleibende Zeit

# Reihenfolge der Teile eines Termins, als strftime: „Do., 3. Dezember 2026, 10:00 CET“.
# Wochentag und Monat setzt chrono (de_DE) ein: „Do“, „Dezember“ (ausgeschrieben: die Kurzform „Mai.“ wäre falsch).
date-start = %a., %-d. %B %Y, %H:%M %Z
date-month = %b %Y
# $unit ist minutes, hours oder days. Nach „in“ und „vor“ steht der Dativ: „in 3 Tagen“, „vor 1 Tag“.
countdown-ahead = in { $unit ->
    [minutes] { $amount } Min.
    [hours] { $amount } Std.
   *[days] { $amount ->
        [one] { $amount } Tag
       *[other] { $amount } Tagen
    }
 }
countdown-ago = vor { $unit ->
    [minutes] { $amount } Min.
    [hours] { $amount } Std.
   *[days] { $amount ->
        [one] { $amount } Tag
       *[other] { $amount } Tagen
    }
 }

## Entscheidungen, als Stand eines Gesprächs (Badge, Verlauf)

decision-undecided = Noch offen
decision-attend = Teilnahme
decision-withdraw = Rückzug
decision-reschedule = Verschiebung
decision-pause = Pausiert

## Dringlichkeit, in Worten neben einer Zeile

urgency-call_now = Unter 24 Std.: anrufen
urgency-act_soon = Bald entscheiden
urgency-past = Vorbei

## Der Hinweis auf der Karte „Als Nächstes“

urgency-hint-call_now = Weniger als ein Tag bis zum Gespräch, und Sie haben noch nichts mitgeteilt: Wenn Sie nicht hingehen, rufen Sie jetzt an, statt eine E-Mail zu schreiben.
urgency-hint-act_soon = Noch nicht entschieden. Wenn Sie früh entscheiden, können Sie rechtzeitig per E-Mail Bescheid geben.

## Wie der Kontakt zum Arbeitgeber bisher läuft

contact-email = E-Mail
contact-phone = Telefon
contact-linkedin = LinkedIn
contact-platform = Bewerbungsportal

## Formen einer Nachricht

channel-email = E-Mail
channel-phone = Telefonleitfaden
channel-voicemail = Mailbox-Nachricht
channel-linkedin = LinkedIn
channel-platform = Bewerbungsportal
channel-sms = SMS

## Wie die Nachricht übermittelt wird, nach der Überschrift der Empfehlung

channel-by-phone = telefonisch
channel-by-email = per E-Mail
channel-by-linkedin = über LinkedIn
channel-by-platform = über das Bewerbungsportal
channel-by-sms = per SMS

## Arten von Nachrichten (wie die Betreffzeilen der Vorlagen: Substantive)

kind-withdraw = Rückzug der Bewerbung
kind-withdraw_accepted_offer = Rückzug: anderes Angebot angenommen
kind-withdraw_not_a_fit = Rückzug: Stelle passt nicht
kind-withdraw_relocation = Rückzug: Umzug
kind-reschedule = Bitte um Verschiebung
kind-reschedule_illness = Bitte um Verschiebung: krank
kind-pause = Bitte, die Bewerbung ruhen zu lassen
kind-ask_remote = Frage nach mobilem Arbeiten
kind-no_show_apology = Entschuldigung für ein verpasstes Gespräch
kind-clarify_after_overshare = Kurzer Nachtrag zu einer langen Nachricht
kind-reply_to_negative = Antwort auf eine Absage
kind-thank_you_reply = Dank für die Antwort
kind-new_role_note = Hinweis nach Antritt einer neuen Stelle
kind-decline_next_round = Rückzug vor einer weiteren Runde
kind-running_late = Verspätung heute
kind-unable_to_join = Heute verhindert: Bitte um neuen Termin
kind-confirm_new_time = Bestätigung des neuen Termins
kind-follow_up_no_reply = Nachfrage: noch keine Antwort
kind-resume_after_pause = Fortsetzung nach einer Pause
kind-decline_offer = Ablehnung des Angebots
kind-withdraw_after_offer = Rückzug nach einem Angebot
kind-withdraw_via_agency = Rückzug über eine Personalvermittlung

## Die Überschrift der Empfehlung (Infinitiv, ohne „sich“)

action-withdraw = Bewerbung zurückziehen
action-reschedule = Um Verschiebung des Gesprächs bitten
action-pause = Bitten, Ihre Bewerbung ruhen zu lassen
action-attend = Am Gespräch teilnehmen
action-reflect = Etwas Zeit für die Entscheidung nehmen
action-ask = Zuerst nach mobilem oder hybridem Arbeiten fragen
action-apologize = Für das verpasste Gespräch um Entschuldigung bitten

## Die Checkliste vor einem Gespräch

prep-time_zone = Uhrzeit und Zeitzone mit dem Unternehmen geklärt
prep-technology = Link, Kamera und Ton getestet
prep-talking_points = Drei Gesprächspunkte vorbereitet
prep-job_description = Stellenbeschreibung noch einmal gelesen

## Worauf eine Nachricht geprüft wird

check-interview_date = Datum des Gesprächs
check-interview_time = Uhrzeit des Gesprächs
check-time_zone = Zeitzone
check-position = Stelle genannt
check-brief_reason = Grund kurz gehalten
check-clear_action = Sagt klar, was Sie tun
check-apology = Entschuldigung
check-thanks = Dank
check-alternatives = Neue Termine angeboten
check-signature = Mit Ihrem Namen unterschrieben
check-contact = Ihre Kontaktdaten
check-delay = Wie viel später Sie kommen
check-new_time = Neuer Termin genannt
check-pass_on = Bittet um Weitergabe an das Unternehmen
check-client_named = Kundenunternehmen genannt
check-stop_steps = Bittet, eingeleitete Schritte zu stoppen

## Die Felder, die der Verlauf eines Gesprächs nennt

history-created = Angelegt
history-company = Unternehmen
history-position = Stelle
history-interviewer_name = Ansprechperson
history-interviewer_email = E-Mail der Ansprechperson
history-interviewer_phone = Telefon der Ansprechperson
history-contact_channel = Kontaktweg
history-starts_at = Termin
history-tz = Zeitzone
history-duration_minutes = Dauer
history-location = Ort oder Link
history-stage = Phase
history-notes = Notizen
history-decision = Entscheidung
history-decision_reason = Grund
history-scenario = Situation
history-pause_until = Wieder melden am
history-message_sent = Nachricht gesendet
history-prep_time_zone = Checkliste: Uhrzeit und Zeitzone
history-prep_technology = Checkliste: Technik
history-prep_talking_points = Checkliste: Gesprächspunkte
history-prep_job_description = Checkliste: Stellenbeschreibung
history-talking_points = Gesprächspunkte
history-job_description = Stellenbeschreibung
history-message_language = Sprache der Nachrichten
history-no_answer_at = Keine Antwort
history-new_time_proposed = Neuer Terminvorschlag des Unternehmens

## Einstellungen: „Mich erinnern …“ (Fortsetzung dieses Satzes, in der Ich-Form)

reminder-undecided_24h = wenn es Zeit ist, über ein Gespräch zu entscheiden (einen Tag vorher, zu den Geschäftszeiten des Unternehmens), und ich noch nicht entschieden habe
reminder-unsent_24h = wenn es Zeit zum Entscheiden ist und ich noch nicht mitgeteilt habe, dass ich nicht komme
reminder-final_2h = noch einmal 2 Stunden vorher, falls noch etwas offen ist
reminder-prep = eine Stunde vor einem Gespräch, an dem ich teilnehme, mit einer kurzen Checkliste
reminder-prep_evening = am Vorabend eines Gesprächs, an dem ich teilnehme, falls noch nichts vorbereitet ist
reminder-pause_checkback = am Tag, an dem eine Pause endet
reminder-missed = wenn ein Gespräch vorbei ist, ohne dass ich mich entschieden habe
reminder-follow_up = wenn auf eine Nachricht, in der ich etwas gefragt habe, keine Antwort kommt

## Was aus den Gesprächen wurde (Auswertung)

outcome-attended = Teilgenommen
outcome-withdrawn = Zurückgezogen
outcome-rescheduled = Verschoben
outcome-paused = Pausiert
outcome-missed = Verpasst
outcome-no_answer = Keine Antwort
outcome-upcoming = Steht noch bevor

## Farbschemata

theme-system = Wie im System
theme-light = Hell
theme-dark = Dunkel

## Was im Weg steht (die Situationen des Assistenten, in der Ich-Form)

scenario-accepted_offer = Ich habe ein anderes Angebot angenommen
scenario-values_concern = Ich habe etwas über das Unternehmen erfahren, das mir Sorgen macht
scenario-other_path = Ich schlage einen anderen Weg ein (Studium, anderes Berufsfeld)
scenario-relocation = Ich ziehe um und kann dort nicht arbeiten
scenario-long_term_change = Meine Lebensumstände haben sich dauerhaft geändert
scenario-illness = Ich bin krank
scenario-family_emergency = Ein familiärer Notfall
scenario-transport = Ich komme nicht hin (Reise- oder Verkehrsprobleme)
scenario-need_preparation = Ich brauche mehr Zeit zur Vorbereitung
scenario-timeline_shift = Mein Zeitplan hat sich verschoben
scenario-schedule_conflict = Zu dieser Zeit habe ich schon einen anderen Termin
scenario-personal_commitments = Persönliche Verpflichtungen in den nächsten Wochen
scenario-competing_offers = Ich möchte erst andere Angebote abwägen
scenario-cold_feet = Nervosität: Ich bin mir nicht mehr sicher
scenario-missed = Das Gespräch ist vorbei, und ich war nicht da

## Die Fragen des Assistenten

wizard-title = Entscheiden: { $company }
wizard-interest = Möchten Sie diese Stelle noch?
wizard-interest-hint = Denken Sie daran, wohin Sie sich beruflich entwickeln möchten und was Ihnen bei der Arbeit wichtig ist.
wizard-interest-yes = Ja, ich möchte sie noch
wizard-interest-unsure = Ich bin mir nicht sicher
wizard-interest-no = Nein, nicht mehr
wizard-interest-missing = Wählen Sie eine Antwort.
wizard-non_negotiable = Widerspricht diese Stelle einem Ihrer unverzichtbaren Kriterien?
wizard-non_negotiable-hint = Gemeint sind die Kriterien, die Sie in den Einstellungen festgehalten haben. Eine Stelle, die einem davon widerspricht, ist das Gespräch selten wert.
wizard-non_negotiable-no = Nein, keinem
wizard-non_negotiable-missing = Wählen Sie das Kriterium, dem die Stelle widerspricht, oder „Nein, keinem“.
wizard-situation = Was steht im Weg?
wizard-situation-hint = Wählen Sie, was am ehesten zutrifft; daran zeigt sich, ob es vorübergeht oder bleibt.
wizard-situation-none = Nichts: Ich könnte hingehen
# „Nichts“ verweist auf wizard-situation-none.
wizard-situation-missing = Wählen Sie, was am besten passt, oder „Nichts“.
wizard-keep = Möchten Sie sich die Tür für später offenhalten?
wizard-keep-hint = Manche Arbeitgeber lassen eine Bewerbung einige Wochen ruhen.
wizard-keep-no = Nein
wizard-keep-yes = Ja, darum bitten, meine Bewerbung ruhen zu lassen
wizard-remote = Würde mobiles oder hybrides Arbeiten diese Stelle möglich machen?
wizard-remote-no = Nein
wizard-remote-yes = Ja, das käme infrage
wizard-legal = Ist schon etwas unterschrieben oder in die Wege geleitet?
wizard-legal-hint = Kreuzen Sie alles an, was zutrifft; lassen Sie alles leer, wenn nichts zutrifft.
wizard-legal-signed_agreement = Eine Vereinbarung, die ich unterschrieben habe
wizard-legal-conditional_offer = Ein Angebot unter Vorbehalt
wizard-legal-relocation_package = Eine Umzugsunterstützung
wizard-legal-visa_sponsorship = Ein Visumsverfahren über den Arbeitgeber
wizard-legal-non_compete = Ein Wettbewerbsverbot

## Die Seite mit der Empfehlung

# „Bewerbung zurückziehen – telefonisch“.
advice-headline = { $action } – { $by }
# $left ist ein countdown-ahead: „in 18 Std.“.
advice-call-now = Weniger als { $hours } Stunden ({ $left }): Rufen Sie jetzt an.
# Die Schaltfläche, die die Entscheidung festhält, und was danach bestätigt wird.
advice-apply = { $decision ->
    [attend] Teilnahme festhalten
    [withdraw] Rückzug festhalten
    [reschedule] Verschiebung festhalten
    [pause] Pause festhalten
   *[undecided] Als noch offen festhalten
 }
advice-recorded = { $decision ->
    [attend] Festgehalten: Sie nehmen teil.
    [withdraw] Festgehalten: Sie ziehen Ihre Bewerbung zurück.
    [reschedule] Festgehalten: Sie bitten um Verschiebung.
    [pause] Festgehalten: Ihre Bewerbung soll ruhen.
   *[undecided] Festgehalten: noch offen.
 }
advice-save-answers = Meine Antworten speichern
advice-answers-saved = Ihre Antworten sind gespeichert.

## Warum: die Gründe und Hinweise zur Empfehlung

reason-passed = Der Gesprächstermin ist schon vorbei. Entschuldigen Sie sich jetzt, ehrlich und kurz: Eine rasche Entschuldigung hält den Schaden gering.
reason-passed-still-interested = Die Stelle interessiert Sie noch, daher können Sie fragen, ob ein anderer Termin möglich ist.
reason-ask-remote = Sie ziehen um, könnten sich aber mobiles oder hybrides Arbeiten vorstellen: Fragen Sie, ob das möglich ist, bevor Sie Ihre Bewerbung zurückziehen.
reason-withdraw-no-interest = Sie möchten diese Stelle nicht mehr: Wenn Sie Ihre Bewerbung jetzt zurückziehen, kann das Unternehmen die Zeit anders nutzen, und Sie bleiben in guter Erinnerung.
reason-withdraw-lasting = Was im Weg steht, geht nicht vorüber: Ziehen Sie Ihre Bewerbung zurück, statt einen Termin zu blockieren, den Sie nicht wahrnehmen können.
# $non_negotiable sind die eigenen Worte der Nutzerin oder des Nutzers, wie in den Einstellungen festgehalten.
reason-withdraw-non-negotiable = Diese Stelle widerspricht einem Ihrer unverzichtbaren Kriterien: { $non_negotiable }. Ziehen Sie Ihre Bewerbung jetzt zurück, statt ein Gespräch für eine Stelle zu führen, die Sie nicht annehmen würden.
reason-pause-keep-open = Sie möchten sich die Tür offenhalten: Bitten Sie darum, Ihre Bewerbung für eine bestimmte Zeit ruhen zu lassen, und sagen Sie, wann Sie sich wieder melden.
reason-pause-weeks = Bis sich das geklärt hat, vergehen einige Wochen: Bitten Sie darum, Ihre Bewerbung ruhen zu lassen, und nennen Sie ein Datum, an dem Sie sich wieder melden.
reason-reschedule = Das Problem ist nur vorübergehend, und Sie möchten die Stelle noch: Bitten Sie um Verschiebung des Gesprächs und schlagen Sie zwei oder drei konkrete Termine vor.
reason-offer-video = Bieten Sie auch an, per Video teilzunehmen, falls das Gespräch so doch stattfinden kann.
# $hours ist 24: Ab dann wird angerufen statt geschrieben.
reason-reflect = Es steht nichts im Weg, aber Sie sind unsicher. Entscheiden Sie spätestens { $hours } Stunden vor dem Gespräch: Wenn Sie mehr Vorbereitung brauchen, bitten Sie um Verschiebung; wenn das Interesse weg ist, ziehen Sie Ihre Bewerbung zurück, statt unvorbereitet hinzugehen.
reason-attend = Sie möchten die Stelle noch, und nichts steht im Weg: Gehen Sie hin und bereiten Sie sich vor.
warning-no-phone-urgent = Es ist keine Telefonnummer eingetragen: Suchen Sie bei so wenig Zeit eine heraus (in der Einladung, auf der Website des Unternehmens, in der Signatur der Ansprechperson) und rufen Sie an.
reason-call-then-write = Rufen Sie jetzt an und bestätigen Sie es danach schriftlich.
reason-call-under-notice = Noch weniger als { $hours } Stunden bis zum Gespräch: Rufen Sie an. Wenn niemand abnimmt, hinterlassen Sie eine kurze Nachricht auf der Mailbox und schreiben Sie gleich im Anschluss.
warning-late-notice = Es ist sehr kurzfristig: Rufen Sie an, statt nur eine E-Mail zu schreiben, damit das Unternehmen es rechtzeitig erfährt.
reason-write = Noch mindestens { $hours } Stunden bis zum Gespräch: Schreiben Sie. So gibt es etwas Schriftliches, und das Unternehmen kann die Nachricht lesen, wann es ihm passt.
reason-reply-on-platform = Sie hatten bisher über diese Plattform Kontakt und haben keine E-Mail-Adresse: Antworten Sie dort, wie Sie es per E-Mail tun würden.
warning-no-email-call = Es ist keine E-Mail-Adresse eingetragen: Rufen Sie an und fragen Sie nach einer Adresse, um es schriftlich zu bestätigen.
warning-no-email = Es ist keine E-Mail-Adresse eingetragen: Suchen Sie eine heraus (in der Einladung, in der Stellenanzeige, im Profil der Ansprechperson), damit es etwas Schriftliches gibt.
# Die warning-paper-* werden, mit „, “ verbunden, als $papers in warning-legal-documents
# eingesetzt: „Sie erwähnen eine unterschriebene Vereinbarung, ein Angebot unter Vorbehalt: …“.
# Daher Akkusativ mit unbestimmtem Artikel, kleingeschrieben.
warning-paper-signed_agreement = eine unterschriebene Vereinbarung
warning-paper-conditional_offer = ein Angebot unter Vorbehalt
warning-paper-relocation_package = eine Umzugsunterstützung
warning-paper-visa_sponsorship = ein laufendes Visumsverfahren über den Arbeitgeber
warning-paper-non_compete = ein Wettbewerbsverbot
warning-legal-documents = Sie erwähnen { $papers }: Lesen Sie, was Sie unterschrieben haben, bevor Sie Ihre Bewerbung zurückziehen, und fragen Sie bei der Personalabteilung oder einer Beratungsstelle nach, ob Sie an etwas gebunden sind.
warning-steps-under-way = Schritte für ein Visum oder einen Umzug sind bereits eingeleitet: Erwähnen Sie das in Ihrer Nachricht, damit das Unternehmen sie stoppen kann.
warning-time-zones = Sie und Ihre Ansprechperson befinden sich in verschiedenen Zeitzonen: Nennen Sie die Uhrzeit des Gesprächs mit Zeitzone und neue Terminvorschläge in beiden Zeitzonen.

## Eine Kalendereinladung lesen: was vor dem Speichern zu prüfen ist

invite-no-position = Die Einladung nennt die Stelle nicht: Tragen Sie sie ein.
invite-company-guessed = Das Unternehmen „{ $name }“ ist nur aus der E-Mail-Adresse der einladenden Person abgeleitet: Prüfen Sie den Namen.
invite-no-company = Die Einladung nennt das Unternehmen nicht: Tragen Sie es ein.
invite-start-skipped = Die Startzeit { $start } gibt es in der Zeitzone { $zone } nicht: Prüfen Sie die Uhrzeit.
invite-zone-unknown = Die Zeitzone „{ $zone }“ kennt Raincheck nicht: Wählen Sie die Zeitzone selbst aus.
invite-in-utc = Die Einladung gibt die Uhrzeit in UTC an; angezeigt wird sie in Ihrer Zeitzone, { $zone }. Wenn Sie die Zeitzone Ihrer Ansprechperson kennen, stellen Sie diese ein.
invite-no-zone = Die Einladung nennt für { $time } keine Zeitzone: Raincheck geht von Ihrer Zeitzone aus, { $zone }. Prüfen Sie, ob das stimmt.
invite-whole-day = Die Einladung gilt für den ganzen Tag ({ $day }) und nennt keine Uhrzeit: Tragen Sie die Uhrzeit ein.
invite-no-start = Die Einladung nennt keine Startzeit: Tragen Sie sie ein.

## Zeiten, die für einen neuen Termin vorgeschlagen werden

# strftime-Muster: ein Termin nach der Uhr des Unternehmens, „Dienstag, 1. Dezember um 15:00 CET“
# (Wochentag und Monat setzt chrono ausgeschrieben ein),
date-slot = %A, %-d. %B um %H:%M %Z
# dann nach der eigenen Uhr, „09:00 EST“, oder an einem anderen Tag, „23:00 PST am Montag, 30. November“.
date-slot-mine = %H:%M %Z
date-slot-mine-other-day = %H:%M %Z am %A, %-d. %B
slots-none = In den nächsten { $days } Tagen gibt es keine gemeinsame Zeit: Ihre Gesprächszeiten ({ $from } bis { $to }, { $zone }) überschneiden sich an keinem Tag von Montag bis Freitag mit { $their-from } bis { $their-to } in der Zeitzone { $their-zone }, ohne mit einem anderen Gespräch zu kollidieren. Erweitern Sie Ihre Gesprächszeiten in den Einstellungen oder bitten Sie das Unternehmen, selbst Termine vorzuschlagen.
# $count ist mindestens 1 (sonst steht slots-none).
slots-fewer = { $count ->
    [one] Nur ein freier Tag passt
   *[other] Nur { $count } freie Tage passen
} in den nächsten { $days } Tagen für beide Seiten.

## Was dem Entwurf noch von Ihnen fehlt

missing-name = Ihr Name fehlt: Die Nachricht wird damit unterschrieben.
missing-contact = Ihre E-Mail-Adresse oder Telefonnummer fehlt: Geben Sie eine davon an, damit man Sie erreichen kann.
missing-phone = Ihre Telefonnummer fehlt: Auf der Mailbox hinterlassen Sie eine Nummer für den Rückruf.

## So teilen Sie es mit, Schritt für Schritt

# Steht für $who, wenn kein Name bekannt ist; bleibt im Akkusativ richtig
# („Rufen Sie die Ansprechperson an“, „eine SMS an die Ansprechperson“).
step-the-recruiter = die Ansprechperson
# Danach folgt die Nummer als Link, dann step-call-on-after:
# „Rufen Sie Anna Berg unter +49 30 1234567 an.“ Das Leerzeichen vor „an“ muss bleiben.
step-call-on = Rufen Sie { $who } unter
step-call-on-after = { " " }an.
step-call = Rufen Sie { $who } an.
step-voicemail = Wenn niemand abnimmt, hinterlassen Sie eine kurze Nachricht auf der Mailbox: wer Sie sind, um welches Gespräch es geht, Ihre Entscheidung und dass eine E-Mail folgt.
step-email-to = Schicken Sie die E-Mail an { $address }, damit es etwas Schriftliches gibt.
step-email = Schicken Sie die E-Mail, damit es etwas Schriftliches gibt.
step-linkedin = Schicken Sie die Nachricht über LinkedIn, wo Sie bisher Kontakt hatten.
step-platform = Schicken Sie die Nachricht über das Bewerbungsportal, wo Sie bisher Kontakt hatten.
step-sms = Schicken Sie eine SMS an { $who }.

## Die Seite eines Gesprächs

fact-when = Termin
fact-your-time = Ihre Zeit
fact-time-left = Verbleibende Zeit
fact-decide-by = Entscheiden bis
fact-duration = Dauer
fact-duration-minutes = { $minutes } Min.
fact-interviewer = Ansprechperson
fact-email = E-Mail
fact-phone = Telefon
fact-in-touch-by = Kontakt über
fact-place = Ort oder Link
fact-stage = Phase
fact-reason = Grund
fact-check-back-on = Wieder melden am
fact-notes = Notizen
fact-write-in = Sprache der Nachrichten
history-added-to-log = Ins Protokoll aufgenommen
# $when ist ein date-start: „gesendet am Do., 3. Dez. 2026, 10:00 CET“.
message-sent-at = gesendet am { $when }
message-not-sent = nicht gesendet
reply-thank-them = Danke sagen
reply-to-a-no = Auf eine Absage antworten
# Das Unternehmen schuldet eine Antwort auf eine Nachricht ($kind: ihre Bezeichnung) und schweigt seit der eingestellten Zahl von Werktagen.
silence-follow-up = Noch keine Antwort auf Ihre Nachricht ({ $kind }). Eine kurze, freundliche Nachfrage ist angemessen.
silence-draft-follow-up = Nachfrage entwerfen
silence-no-answer = Auch auf Ihre Nachfrage kam keine Antwort. Sie können dieses Gespräch als „keine Antwort“ markieren und Ihre Zeit anderem widmen.
new-time-moved = Das Unternehmen hat { $when } statt { $before } vorgeschlagen; der neue Termin steht im Protokoll. Bestätigen Sie ihn und aktualisieren Sie danach Ihren Kalender.
new-time-kept = Das Unternehmen hat { $when } vorgeschlagen; der Termin steht im Protokoll. Bestätigen Sie ihn und aktualisieren Sie danach Ihren Kalender.
new-time-draft = Bestätigung entwerfen
resume-due = Der Tag, an dem Sie sich wieder melden wollten, ist gekommen: Nehmen Sie den Kontakt wieder auf und setzen Sie Ihre Bewerbung fort.
resume-draft = Nachricht entwerfen
snooze-put-off-until = Verschoben bis { $until }.

## Benachrichtigungen

# $left ist ein countdown-ahead: „Nordlicht GmbH: Gespräch in 18 Std., noch nicht entschieden“.
notify-undecided_24h-title = { $company }: Gespräch { $left }, noch nicht entschieden
notify-undecided_24h-body = { $phone ->
    [yes] Unter 24 Std.: Wenn Sie nicht hingehen, rufen Sie an, statt eine E-Mail zu schreiben. Öffnen Sie Raincheck, um zu entscheiden.
   *[no] Zeit für eine Entscheidung: Eine Nachricht, die Sie jetzt schicken, wird noch rechtzeitig gelesen. Wenn Sie nicht hingehen, schreiben Sie jetzt. Öffnen Sie Raincheck, um zu entscheiden.
 }
notify-unsent_24h-title = { $company }: Gespräch { $left }, das Unternehmen weiß noch nichts
notify-unsent_24h-body = { $decision ->
    [withdraw] Sie haben entschieden, Ihre Bewerbung zurückzuziehen
    [reschedule] Sie haben entschieden, um Verschiebung zu bitten
    [pause] Sie haben entschieden, Ihre Bewerbung ruhen zu lassen
   *[other] Sie haben entschieden, nicht hinzugehen
 }, aber nichts ist als gesendet markiert. { $phone ->
    [yes] Unter 24 Std.: Rufen Sie jetzt an.
   *[no] Sagen Sie jetzt Bescheid, solange dort noch jemand Ihre Nachricht liest.
 }
notify-final_2h-title = { $company }: Gespräch { $left }
notify-final_2h-body = Letzte Gelegenheit: Wenn Sie nicht hingehen, rufen Sie jetzt an und schicken Sie danach die E-Mail.
notify-pause_checkback-title = { $company }: Zeit, sich wieder zu melden
notify-pause_checkback-body = Ihre Pause für die Bewerbung als { $position } endet heute: Melden Sie sich wieder. Raincheck hat die Nachricht vorbereitet.
notify-prep-title = { $company }: Gespräch { $left }
notify-prep-body = { $when }. Klären Sie Uhrzeit und Zeitzone, testen Sie Link und Ton, halten Sie drei Gesprächspunkte bereit und lesen Sie die Stellenbeschreibung noch einmal. Die Checkliste ist in Raincheck geöffnet.
notify-prep_evening-title = { $company }: Gespräch { $left }, noch nichts vorbereitet
notify-prep_evening-body = Zehn Minuten heute Abend ersparen Ihnen einen hektischen Morgen: Uhrzeit und Zeitzone klären, den Link testen, drei Gesprächspunkte notieren, die Stellenbeschreibung noch einmal lesen. Die Checkliste finden Sie in Raincheck.
notify-missed-title = { $company }: Der Gesprächstermin ist vorbei
notify-missed-body = Wenn Sie nicht dort waren, entschuldigen Sie sich heute: Raincheck hat die Nachricht vorbereitet.
notify-follow_up-title = { $company }: noch keine Antwort
notify-follow_up-body = Auf Ihre letzte Nachricht kam noch keine Antwort. Eine kurze, freundliche Nachfrage ist angemessen: Raincheck hat sie vorbereitet.
# Nach einer Nachricht mit einer Frage ($kind: ihre Bezeichnung) und $days Werktagen ohne Antwort.
# Nach „seit“ steht der Dativ: „seit einem Werktag“, „seit 3 Werktagen“.
notify-silence-follow_up-title = { $company }: noch keine Antwort
notify-silence-follow_up-body = Auf Ihre Nachricht ({ $kind }) kam seit { $days ->
    [one] einem Werktag
   *[other] { $days } Werktagen
 } keine Antwort. Eine kurze, freundliche Nachfrage ist angemessen: Raincheck hat sie vorbereitet.
notify-silence-no_answer-title = { $company }: weiterhin keine Antwort
notify-silence-no_answer-body = Auch auf Ihre Nachfrage kam seit { $days ->
    [one] einem Werktag
   *[other] { $days } Werktagen
 } keine Antwort. Sie können dieses Gespräch als „keine Antwort“ markieren und Ihre Zeit anderem widmen.
# Bei mehreren auf einmal: eine Benachrichtigung für alle.
notify-summary-title = { $count } Erinnerungen von Raincheck
notify-summary-body = Betrifft { $companies }. Öffnen Sie Raincheck, um sie zu sehen.

## Die Schaltflächen einer Benachrichtigung

notify-open = In Raincheck öffnen
notify-snooze-hour = In einer Stunde
notify-snooze-evening = Heute Abend
notify-snooze-morning = Morgen früh
reminders-log-problem = Die Erinnerungen konnten das Protokoll nicht verwenden: { $error } Raincheck versucht es in { $minutes } Min. erneut, damit eine Erinnerung bis dahin nicht immer wieder erscheint.
reminders-no-server = Auf der Desktop-Sitzung antwortet kein Benachrichtigungsdienst ({ $detail }); die Erinnerungen erscheinen stattdessen im Fenster.
reminders-refused = Die Benachrichtigung wurde abgelehnt ({ $detail }); die Erinnerungen erscheinen stattdessen im Fenster.

## Auswertung: unverzichtbare Kriterien, die wiederkehrende Gründe nahelegen

# „3 von Ihren 5 Rückzügen hatten mit einem Umzug zu tun.“ $about ist eine suggestion-about-*-Wendung,
# daher stehen diese im Dativ (nach „mit“). Die suggestion-keep-* sind in der Ich-Form.
suggestion-text = { $count ->
    [one] { $count } von Ihren { $of } Rückzügen hatte mit { $about } zu tun.
   *[other] { $count } von Ihren { $of } Rückzügen hatten mit { $about } zu tun.
 }
suggestion-about-relocation = einem Umzug
suggestion-keep-relocation = Stellen, die ich von meinem Wohnort aus ausüben kann: mobil oder vor Ort in meiner Nähe
suggestion-about-values_concern = Sorgen um das Unternehmen
suggestion-keep-values_concern = Arbeitgeber, hinter deren Werten und Arbeitsweise ich stehen kann
suggestion-about-other_path = dem Wunsch nach einem anderen Weg
suggestion-keep-other_path = Stellen auf dem Weg, den ich wirklich gehen möchte
suggestion-about-long_term_change = einer dauerhaften Veränderung in Ihrem Leben
suggestion-keep-long_term_change = Arbeitszeiten, Wege und Flexibilität, die zu meinem jetzigen Leben passen
suggestion-about-competing_offers = anderen Angeboten
suggestion-keep-competing_offers = Gehalt und Bedingungen, mindestens so gut wie die Angebote, die ich schon habe
suggestion-about-cold_feet = Zweifeln an der Stelle
suggestion-keep-cold_feet = Stellen, bei denen ich mir sicher bin, bevor ich mich bewerbe
suggestion-about-timeline_shift = dem Zeitplan
suggestion-keep-timeline_shift = Ein Eintrittsdatum und ein Auswahlverfahren, deren Tempo zu meinen Plänen passt
suggestion-about-schedule_conflict = anderen Verpflichtungen
suggestion-keep-schedule_conflict = Gesprächstermine, die sich mit meinen Verpflichtungen vereinbaren lassen
suggestion-about-personal_commitments = anderen Verpflichtungen
suggestion-keep-personal_commitments = Gesprächstermine, die sich mit meinen Verpflichtungen vereinbaren lassen
suggestion-about-transport = der Anreise
suggestion-keep-transport = Gespräche, die ich leicht erreichen oder per Video führen kann

## Das Symbol in der Systemleiste

tray-open = Raincheck öffnen
tray-nothing-coming = Kein Gespräch in Sicht
# $left ist ein countdown-ahead: „Als Nächstes: Nordlicht GmbH in 3 Tagen“.
tray-next = Als Nächstes: { $company } { $left }
tray-pause-hour = Erinnerungen 1 Stunde lang pausieren
tray-quit = Raincheck beenden
tray-waiting = Raincheck: { $count ->
    [one] 1 Erinnerung wartet
   *[other] { $count } Erinnerungen warten
 }
tray-still-running = Raincheck läuft weiter
tray-still-running-body = Raincheck bleibt in der Systemleiste, um Sie vor Ihren Gesprächen zu erinnern. Beenden können Sie es über das Menü in der Systemleiste.

## Einstellungen

window-language-system = Wie im System

## Der Kalender-Feed: ein Termin zu jedem offenen „Entscheiden bis“, damit
## der Kalender des Telefons daran erinnert. $decision ist undecided,
## withdraw, reschedule oder pause; $both, $phone und $known sind yes oder no.

feed-calendar-name = Raincheck: Entscheiden bis
feed-event-summary = { $decision ->
    [undecided] Entscheidung fällig: { $company } — { $position }
   *[other] { $company } Bescheid geben — { $position }
}
feed-event-when = { $both ->
    [yes] Das Gespräch: { $theirs } Ortszeit des Unternehmens (bei Ihnen { $yours }).
   *[no] Das Gespräch: { $theirs }.
}
feed-event-reach = { $phone ->
    [yes] Keine 24 Stunden mehr: Wenn Sie nicht hingehen, rufen Sie an{ $known ->
        [yes] {" "}({ $contact }).
       *[no] .
    }
   *[no] Eine Nachricht kommt jetzt noch rechtzeitig an: Wenn Sie nicht hingehen, schreiben Sie eine E-Mail{ $known ->
        [yes] {" "}an { $contact }.
       *[no] .
    }
}
feed-event-next = { $decision ->
    [withdraw] Sie haben entschieden, Ihre Bewerbung zurückzuziehen, aber nichts ist als gesendet markiert.
    [reschedule] Sie haben entschieden, um Verschiebung zu bitten, aber nichts ist als gesendet markiert.
    [pause] Sie haben entschieden, Ihre Bewerbung ruhen zu lassen, aber nichts ist als gesendet markiert.
   *[other] Öffnen Sie Raincheck, um zu entscheiden.
}
feed-not-updated = Der Kalender-Feed wurde nicht aktualisiert: { $error } Raincheck versucht es jede Minute erneut.
