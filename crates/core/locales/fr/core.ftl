# Ce que le cœur écrit dans la fenêtre, en français.
# Chaque langue a son propre fichier avec les mêmes clés, écrit nativement ;
# `crates/core/tests/catalogues.rs` échoue si une langue n’a pas une clé qu’une autre possède.
# Conventions : vouvoiement, apostrophe typographique (’), guillemets « »,
# espace insécable avant : ; ? ! et à l’intérieur des guillemets.
# Vocabulaire aligné sur les modèles de messages (templates/fr/) : entretien,
# retrait de candidature, report, mise en attente, créneau.

## Dates et temps restant

# L’ordre des éléments d’une date de début, au format strftime : « jeu. 3 déc. 2026 à 10:00 CET ».
# Les noms abrégés des jours et des mois viennent de chrono (fr_FR).
date-start = %a %-d %b %Y à %H:%M %Z
date-month = %b %Y
# $unit vaut minutes, hours ou days.
countdown-ahead = dans { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } jour
       *[other] { $amount } jours
        }
    }
countdown-ago = il y a { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } jour
       *[other] { $amount } jours
        }
    }

## Décisions, comme état d’un entretien (pastille)

decision-undecided = À décider
decision-attend = J’y vais
decision-withdraw = Retrait
decision-reschedule = Report
decision-pause = En pause

## Urgence, en quelques mots à côté d’une ligne

urgency-call_now = Moins de 24 h : appelez
urgency-act_soon = À décider bientôt
urgency-past = Passé

## Le conseil de la carte « Prochain entretien »

urgency-hint-call_now = Moins d’un jour avant l’entretien et aucune décision annoncée : si vous n’y allez pas, appelez-les maintenant plutôt que d’écrire un e-mail.
urgency-hint-act_soon = Rien n’est encore décidé. En décidant tôt, vous pourrez les prévenir par e-mail, sans vous presser.

## Comment l’employeur est en contact

contact-email = E-mail
contact-phone = Téléphone
contact-linkedin = LinkedIn
contact-platform = Plateforme de recrutement

## Formes de message

channel-email = E-mail
channel-phone = Texte pour l’appel
channel-voicemail = Message vocal
channel-linkedin = LinkedIn
channel-platform = Plateforme de recrutement
channel-sms = SMS

## Comment le message part, après le titre du conseil

# « Retirez votre candidature, par téléphone ».
channel-by-phone = par téléphone
channel-by-email = par e-mail
channel-by-linkedin = sur LinkedIn
channel-by-platform = sur la plateforme de recrutement
channel-by-sms = par SMS

## Types de message

kind-withdraw = Retrait de candidature
kind-withdraw_accepted_offer = Retrait : autre offre acceptée
kind-withdraw_not_a_fit = Retrait : le poste ne me correspond pas
kind-withdraw_relocation = Retrait : déménagement
kind-reschedule = Demander un report
kind-reschedule_illness = Demander un report : maladie
kind-pause = Demander une mise en attente de la candidature
kind-ask_remote = Se renseigner sur le télétravail
kind-no_show_apology = S’excuser d’un entretien manqué
kind-clarify_after_overshare = Courte précision après un long message
kind-reply_to_negative = Répondre à une réponse négative
kind-thank_you_reply = Remercier pour leur réponse
kind-new_role_note = Petit mot après une prise de poste
kind-decline_next_round = Retrait avant une étape suivante
kind-running_late = En retard aujourd’hui
kind-unable_to_join = Empêchement aujourd’hui : demander un autre créneau
kind-confirm_new_time = Confirmer le nouvel horaire proposé
kind-follow_up_no_reply = Relance : toujours pas de réponse
kind-resume_after_pause = Reprise après une pause
kind-decline_offer = Décliner leur offre
kind-withdraw_after_offer = Retrait après une offre
kind-withdraw_via_agency = Retrait via un cabinet de recrutement

## Le titre du conseil

action-withdraw = Retirez votre candidature
action-reschedule = Demandez à reporter l’entretien
action-pause = Demandez à mettre votre candidature en attente
action-attend = Allez à l’entretien
action-reflect = Prenez un peu de temps pour décider
action-ask = Demandez d’abord si le télétravail ou l’hybride est possible
action-apologize = Excusez-vous pour l’entretien manqué

## La liste de préparation avant un entretien

prep-time_zone = Heure et fuseau confirmés avec l’employeur
prep-technology = Lien, caméra et son testés
prep-talking_points = Trois points clés préparés
prep-job_description = Fiche de poste relue

## Ce que l’on vérifie dans un message

check-interview_date = Date de l’entretien
check-interview_time = Heure de l’entretien
check-time_zone = Fuseau horaire
check-position = Poste mentionné
check-brief_reason = Raison brève
check-clear_action = Dit clairement ce que vous faites
check-apology = Excuses
check-thanks = Remerciements
check-alternatives = Nouveaux créneaux proposés
check-signature = Signé de votre nom
check-contact = Vos coordonnées
check-delay = Durée du retard
check-new_time = Nouvel horaire indiqué
check-pass_on = Demande au recruteur de transmettre
check-client_named = Entreprise cliente nommée
check-stop_steps = Demande d’arrêter les démarches engagées

## Les champs nommés dans l’historique d’un entretien

history-created = Ajout
history-company = Entreprise
history-position = Poste
history-interviewer_name = Interlocuteur
history-interviewer_email = E-mail de l’interlocuteur
history-interviewer_phone = Téléphone de l’interlocuteur
history-contact_channel = Moyen de contact
history-starts_at = Date et heure
history-tz = Fuseau horaire
history-duration_minutes = Durée
history-location = Lieu ou lien
history-stage = Étape
history-notes = Notes
history-decision = Décision
history-decision_reason = Raison
history-scenario = Situation
history-pause_until = Recontacter le
history-message_sent = Message envoyé
history-prep_time_zone = Préparation : heure et fuseau
history-prep_technology = Préparation : technique
history-prep_talking_points = Préparation : points clés
history-prep_job_description = Préparation : fiche de poste
history-talking_points = Points clés
history-job_description = Fiche de poste
history-message_language = Langue des messages
history-no_answer_at = Sans réponse
history-new_time_proposed = Nouvel horaire proposé par l’employeur

## Paramètres : Me rappeler …

reminder-undecided_24h = quand le moment de décider d’un entretien est venu (un jour avant, pendant les heures de bureau de l’employeur) et que je n’ai pas décidé
reminder-unsent_24h = quand j’ai décidé de ne pas y aller mais ne les ai pas encore prévenus, une fois le moment de décider venu
reminder-final_2h = une dernière fois 2 heures avant, si rien n’est réglé
reminder-prep = une heure avant un entretien auquel je vais, avec une courte liste de préparation
reminder-prep_evening = la veille au soir d’un entretien auquel je vais, si rien n’est encore préparé
reminder-pause_checkback = le jour où une pause prend fin
reminder-missed = quand un entretien est passé sans que j’aie décidé
reminder-follow_up = quand ils n’ont pas répondu à un message qui leur demandait quelque chose

## Ce que sont devenus les entretiens (Bilan)

outcome-attended = Honoré
outcome-withdrawn = Retrait
outcome-rescheduled = Reporté
outcome-paused = En pause
outcome-missed = Manqué
outcome-no_answer = Sans réponse
outcome-upcoming = À venir

## Jeux de couleurs

theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre

## Ce qui fait obstacle (les situations de l’assistant)

scenario-accepted_offer = J’ai accepté une autre offre
scenario-values_concern = J’ai appris sur l’entreprise quelque chose qui m’inquiète
scenario-other_path = Je prends une autre voie (études, autre domaine)
scenario-relocation = Je déménage et ne pourrai pas y travailler
scenario-long_term_change = Ma situation a changé durablement
scenario-illness = Je suis malade
scenario-family_emergency = Une urgence familiale
scenario-transport = Je ne peux pas m’y rendre (déplacement ou transports)
scenario-need_preparation = J’ai besoin de plus de temps pour me préparer
scenario-timeline_shift = Mon calendrier a changé
scenario-schedule_conflict = J’ai un autre engagement à cette heure-là
scenario-personal_commitments = Des obligations personnelles ces prochaines semaines
scenario-competing_offers = Je veux d’abord examiner d’autres offres
scenario-cold_feet = Le trac : je ne sais plus trop
scenario-missed = L’entretien a eu lieu sans moi

## Les questions de l’assistant

wizard-title = Décider : { $company }
wizard-interest = Ce poste vous intéresse-t-il toujours ?
wizard-interest-hint = Pensez à la direction que vous voulez donner à votre carrière, et à ce qui compte pour vous au travail.
wizard-interest-yes = Oui, il m’intéresse toujours
wizard-interest-unsure = Je ne sais pas trop
wizard-interest-no = Non, plus maintenant
wizard-interest-missing = Choisissez une réponse.
wizard-non_negotiable = Ce poste va-t-il à l’encontre de l’un de vos critères non négociables ?
wizard-non_negotiable-hint = Il s’agit des critères enregistrés dans les Paramètres. Un poste qui en contredit un vaut rarement l’entretien.
wizard-non_negotiable-no = Non, aucun
wizard-non_negotiable-missing = Choisissez le critère concerné, ou « Non, aucun ».
wizard-situation = Qu’est-ce qui vous en empêche ?
wizard-situation-hint = Choisissez la situation la plus proche : elle détermine si l’obstacle est passager ou durable.
# Le libellé entre guillemets de wizard-situation-missing reprend wizard-situation-none.
wizard-situation-none = Rien : je pourrais y aller
wizard-situation-missing = Choisissez la situation la plus proche, ou « Rien ».
wizard-keep = Voulez-vous garder la porte ouverte pour plus tard ?
wizard-keep-hint = Certains employeurs acceptent de garder une candidature en attente quelques semaines.
wizard-keep-no = Non
wizard-keep-yes = Oui, leur demander de garder ma candidature en attente
wizard-remote = Le télétravail ou un mode hybride rendrait-il ce poste possible ?
wizard-remote-no = Non
wizard-remote-yes = Oui, je l’envisagerais
wizard-legal = Y a-t-il quelque chose de signé ou en cours ?
wizard-legal-hint = Cochez tout ce qui s’applique ; ne cochez rien si ce n’est pas le cas.
wizard-legal-signed_agreement = Un accord que j’ai signé
wizard-legal-conditional_offer = Une offre sous conditions
wizard-legal-relocation_package = Une aide au déménagement
wizard-legal-visa_sponsorship = Un visa parrainé par l’employeur, en cours
wizard-legal-non_compete = Une clause de non-concurrence

## La page de conseil

# « Retirez votre candidature, par téléphone ».
advice-headline = { $action }, { $by }
# $left est un compte à rebours : « dans 18 h ».
advice-call-now = Moins de { $hours } heures avant l’entretien ({ $left }) : appelez maintenant.
# Le bouton qui enregistre la décision, puis ce qui s’affiche une fois qu’elle l’est.
advice-apply = { $decision ->
    [attend] Enregistrer : j’y vais
    [withdraw] Enregistrer : retrait
    [reschedule] Enregistrer : report
    [pause] Enregistrer : en pause
   *[undecided] Enregistrer : à décider
    }
advice-recorded = { $decision ->
    [attend] C’est noté : vous y allez.
    [withdraw] C’est noté : vous retirez votre candidature.
    [reschedule] C’est noté : vous demandez un report.
    [pause] C’est noté : candidature en pause.
   *[undecided] C’est noté : pas encore décidé.
    }
advice-save-answers = Enregistrer mes réponses
advice-answers-saved = Vos réponses sont enregistrées.

## Pourquoi ce conseil : raisons et mises en garde

reason-passed = L’heure de l’entretien est passée. Excusez-vous dès maintenant, avec franchise et en peu de mots : des excuses rapides limitent les dégâts.
reason-passed-still-interested = Le poste vous intéresse toujours : vous pouvez donc demander si un autre créneau est possible.
reason-ask-remote = Vous déménagez, mais le télétravail ou un mode hybride vous conviendrait : demandez si c’est possible avant de retirer votre candidature.
reason-withdraw-no-interest = Ce poste ne vous intéresse plus : en retirant votre candidature dès maintenant, vous leur libérez du temps et vous laissez une bonne image.
reason-withdraw-lasting = Ce qui vous en empêche est durable : retirez votre candidature plutôt que de garder un créneau que vous ne pourrez pas utiliser.
# $non_negotiable reprend les mots de l’utilisateur, tels qu’enregistrés dans les Paramètres.
reason-withdraw-non-negotiable = Ce poste va à l’encontre de l’un de vos critères non négociables : { $non_negotiable }. Retirez votre candidature dès maintenant plutôt que de passer un entretien pour un poste que vous n’accepteriez pas.
reason-pause-keep-open = Vous voulez garder la porte ouverte : demandez-leur de mettre votre candidature en attente pour une durée précise, et dites-leur quand vous reviendrez vers eux.
reason-pause-weeks = Il faudra quelques semaines pour que la situation se règle : demandez-leur de mettre votre candidature en attente, en fixant une date pour reprendre contact.
reason-reschedule = L’obstacle est passager et le poste vous intéresse toujours : demandez à reporter l’entretien, en proposant deux ou trois créneaux précis.
reason-offer-video = Proposez aussi un entretien en visioconférence, si cela permet de le maintenir.
reason-reflect = Rien ne vous en empêche, mais vous hésitez. Décidez avant qu’il ne reste moins de { $hours } heures : s’il vous faut plus de temps pour vous préparer, demandez un report ; si le poste ne vous intéresse plus, retirez votre candidature plutôt que d’y aller sans préparation.
reason-attend = Le poste vous intéresse toujours et rien ne vous en empêche : allez-y, et préparez-vous.
warning-no-phone-urgent = Vous n’avez pas de numéro de téléphone pour les joindre : avec si peu de temps, trouvez-en un (dans l’invitation, sur leur site, dans la signature du recruteur) et appelez-les.
reason-call-then-write = Appelez maintenant, puis confirmez par écrit.
reason-call-under-notice = Moins de { $hours } heures avant l’entretien : appelez. Si personne ne répond, laissez un court message vocal et envoyez le message écrit juste après.
warning-late-notice = Le délai est court : appelez plutôt que de vous contenter d’un e-mail, pour qu’ils soient prévenus à temps.
reason-write = Au moins { $hours } heures avant l’entretien : écrivez. Vous gardez ainsi une trace écrite, et ils liront votre message quand cela leur conviendra.
reason-reply-on-platform = Vos échanges passent par cette plateforme et vous n’avez pas d’adresse e-mail : répondez-y, comme vous le feriez par e-mail.
warning-no-email-call = Vous n’avez pas d’adresse e-mail pour les joindre : appelez-les, et demandez une adresse pour confirmer par écrit.
warning-no-email = Vous n’avez pas d’adresse e-mail pour les joindre : trouvez-en une (dans l’invitation, l’annonce, le profil du recruteur) pour garder une trace écrite de ce que vous dites.
warning-paper-signed_agreement = un accord que vous avez signé
warning-paper-conditional_offer = une offre sous conditions
warning-paper-relocation_package = une aide au déménagement
warning-paper-visa_sponsorship = une demande de visa parrainée par l’employeur
warning-paper-non_compete = une clause de non-concurrence
# $papers réunit les warning-paper-* ci-dessus, séparés par une virgule : « Vous avez mentionné un accord que vous avez signé, une offre sous conditions : … ».
warning-legal-documents = Vous avez mentionné { $papers } : relisez ce que vous avez signé avant de retirer votre candidature, et vérifiez auprès des RH ou d’un conseiller que rien ne vous engage.
warning-steps-under-way = Des démarches de visa ou de déménagement sont engagées : mentionnez-le dans votre message, pour qu’ils puissent les arrêter.
warning-time-zones = Votre interlocuteur et vous n’êtes pas dans le même fuseau horaire : indiquez l’heure de l’entretien avec son fuseau, et les éventuels nouveaux créneaux dans les deux fuseaux.

## Lire une invitation d’agenda : ce qu’il faut vérifier avant de l’enregistrer

invite-no-position = L’invitation ne précise pas le poste : renseignez-le.
invite-company-guessed = Le nom de l’entreprise, « { $name } », est déduit de l’adresse e-mail de l’organisateur : vérifiez-le.
invite-no-company = L’invitation ne précise pas l’entreprise : renseignez-la.
invite-start-skipped = L’heure de début { $start } n’existe pas dans le fuseau { $zone } : vérifiez l’heure.
invite-zone-unknown = Raincheck ne connaît pas le fuseau horaire « { $zone } » : choisissez vous-même le fuseau.
invite-in-utc = L’invitation donne l’heure en UTC ; elle est affichée dans votre fuseau, { $zone }. Si vous connaissez le fuseau de votre interlocuteur, choisissez-le à la place.
invite-no-zone = L’invitation ne précise pas de fuseau pour { $time } : c’est votre fuseau, { $zone }, qui a été retenu. Vérifiez-le.
invite-whole-day = L’invitation porte sur toute la journée du { $day }, sans heure : indiquez l’heure.
invite-no-start = L’invitation n’a pas d’heure de début : renseignez-la.

## Créneaux à proposer pour une nouvelle date

# Motifs strftime : un créneau à l’heure de l’employeur, « mardi 1 décembre à 15:00 CET »
# (noms complets des jours et des mois, en minuscules, fournis par chrono),
date-slot = %A %-d %B à %H:%M %Z
# puis à l’heure de l’utilisateur, « 09:00 EST », ou un autre jour, « 23:00 PST le lundi 30 novembre ».
date-slot-mine = %H:%M %Z
date-slot-mine-other-day = %H:%M %Z le %A %-d %B
slots-none = Aucun créneau commun dans les { $days } prochains jours : vos horaires (de { $from } à { $to }, { $zone }) ne recoupent jamais, en semaine, la plage de { $their-from } à { $their-to } ({ $their-zone }) sans empiéter sur un autre entretien. Élargissez vos horaires dans les Paramètres, ou demandez-leur de proposer des créneaux.
# $count vaut au moins 1 (sinon, c’est slots-none) : [one] peut dire « un seul ».
slots-fewer = { $count ->
    [one] Un seul jour libre convient
   *[other] Seuls { $count } jours libres conviennent
} aux deux parties dans les { $days } prochains jours.

## Ce qui manque encore au brouillon

missing-name = Votre nom manque : c’est avec lui que le message est signé.
missing-contact = Il manque votre e-mail ou votre numéro de téléphone : indiquez l’un des deux pour que l’on puisse vous joindre.
missing-phone = Votre numéro de téléphone manque : un message vocal laisse un numéro où vous rappeler.

## Comment les prévenir, étape par étape

# Remplace $who quand on ne connaît pas le nom : doit convenir après « Appelez » et « à ».
step-the-recruiter = votre contact
# Suivi du numéro (un lien), puis de step-call-on-after : « Appelez votre contact au 06 12 34 56 78. »
step-call-on = Appelez { $who } au
step-call-on-after = .
step-call = Appelez { $who }.
step-voicemail = Si personne ne répond, laissez un court message vocal : qui vous êtes, l’entretien concerné, votre décision, et qu’un e-mail suit.
step-email-to = Envoyez l’e-mail à { $address }, pour garder une trace écrite.
step-email = Envoyez l’e-mail, pour garder une trace écrite.
step-linkedin = Envoyez le message sur LinkedIn, là où vous échangez déjà.
step-platform = Envoyez le message sur la plateforme de recrutement, là où vous échangez déjà.
step-sms = Envoyez un SMS à { $who }.

## La page d’un entretien

fact-when = Quand
fact-your-time = Votre heure
fact-time-left = Temps restant
fact-decide-by = Décider avant le
fact-duration = Durée
fact-duration-minutes = { $minutes } min
fact-interviewer = Interlocuteur
fact-email = E-mail
fact-phone = Téléphone
fact-in-touch-by = Contact par
fact-place = Lieu ou lien
fact-stage = Étape
fact-reason = Raison
fact-check-back-on = Recontacter le
fact-notes = Notes
fact-write-in = Langue des messages
history-added-to-log = Ajouté au journal
# $when est une date de début : « envoyé le jeu. 3 déc. 2026 à 10:00 CET ».
message-sent-at = envoyé le { $when }
message-not-sent = non envoyé
reply-thank-them = Remercier
reply-to-a-no = Répondre à un refus
# Ils doivent une réponse à un message ($kind : son libellé) et se taisent depuis le nombre de jours ouvrés choisi.
silence-follow-up = Toujours pas de réponse à votre message ({ $kind }). Une relance, courte et aimable, est tout à fait légitime.
silence-draft-follow-up = Rédiger la relance
silence-no-answer = Votre relance est restée sans réponse, elle aussi. Vous pouvez marquer cet entretien « sans réponse » et consacrer votre temps à autre chose.
new-time-moved = L’employeur a proposé le { $when } au lieu du { $before }, et le journal a pris en compte ce nouvel horaire. Confirmez-le-lui, puis mettez à jour votre agenda.
new-time-kept = L’employeur a proposé le { $when }, et le journal l’a pris en compte. Confirmez-le-lui, puis mettez à jour votre agenda.
new-time-draft = Rédiger la confirmation
resume-due = Le jour où vous deviez reprendre contact est arrivé : c’est le moment de relancer l’employeur et de reprendre votre candidature.
resume-draft = Rédiger le message
snooze-put-off-until = Reporté jusqu’au { $until }.

## Notifications

notify-undecided_24h-title = { $company } : entretien { $left }, toujours rien de décidé
notify-undecided_24h-body = { $phone ->
    [yes] Moins de 24 h : si vous n’y allez pas, appelez-les plutôt que d’écrire un e-mail. Ouvrez Raincheck pour décider.
   *[no] C’est le moment de décider : un message envoyé maintenant sera encore lu à temps. Si vous n’y allez pas, écrivez-leur maintenant. Ouvrez Raincheck pour décider.
    }
notify-unsent_24h-title = { $company } : entretien { $left }, ils ne sont pas encore prévenus
notify-unsent_24h-body = { $decision ->
    [withdraw] Vous avez décidé de retirer votre candidature
    [reschedule] Vous avez décidé de demander un report
    [pause] Vous avez décidé de mettre votre candidature en attente
   *[other] Vous avez décidé de ne pas y aller
    }, mais aucun message n’est marqué comme envoyé. { $phone ->
    [yes] Moins de 24 h : appelez-les maintenant.
   *[no] Prévenez-les maintenant, tant que quelqu’un est là pour lire votre message.
    }
notify-final_2h-title = { $company } : entretien { $left }
notify-final_2h-body = Dernier rappel : si vous n’y allez pas, téléphonez-leur maintenant, puis envoyez l’e-mail.
notify-pause_checkback-title = { $company } : le moment de reprendre contact
notify-pause_checkback-body = La mise en attente de votre candidature ({ $position }) prend fin aujourd’hui : reprenez contact avec eux. Raincheck a préparé le message.
# $when est une date de début : « jeu. 3 déc. 2026 à 10:00 CET ».
notify-prep-title = { $company } : entretien { $left }
notify-prep-body = { $when }. Confirmez l’heure et le fuseau, testez votre lien et le son, préparez trois points clés et relisez la fiche de poste. La liste de préparation est ouverte dans Raincheck.
notify-prep_evening-title = { $company } : entretien { $left }, rien n’est encore préparé
notify-prep_evening-body = Dix minutes ce soir vous éviteront une matinée précipitée : confirmez l’heure et le fuseau, essayez le lien, notez trois points clés, relisez la fiche de poste. Ouvrez la liste de préparation dans Raincheck.
notify-missed-title = { $company } : l’heure de l’entretien est passée
notify-missed-body = Si vous n’y étiez pas, excusez-vous dès aujourd’hui : Raincheck a préparé le message.
notify-follow_up-title = { $company } : toujours pas de réponse
notify-follow_up-body = Ils n’ont pas répondu à votre dernier message. Une relance, courte et aimable, est tout à fait légitime : Raincheck l’a préparée.
# Après un message qui leur demandait quelque chose ($kind : son libellé), resté sans réponse $days jours ouvrés.
# En français, [one] couvre 0 et 1 : garder { $days }.
notify-silence-follow_up-title = { $company } : toujours pas de réponse
notify-silence-follow_up-body = Votre message ({ $kind }) est sans réponse depuis { $days ->
    [one] { $days } jour ouvré
   *[other] { $days } jours ouvrés
    }. Une relance, courte et aimable, est tout à fait légitime : Raincheck l’a préparée.
notify-silence-no_answer-title = { $company } : toujours aucune réponse
notify-silence-no_answer-body = Votre relance est elle aussi sans réponse depuis { $days ->
    [one] { $days } jour ouvré
   *[other] { $days } jours ouvrés
    }. Vous pouvez marquer cet entretien « sans réponse » et consacrer votre temps à autre chose.
# Quand il y en a plusieurs à la fois : une seule notification pour tous.
notify-summary-title = { $count } rappels de Raincheck
notify-summary-body = Concernant { $companies }. Ouvrez Raincheck pour les voir.

## Les boutons d’une notification

notify-open = Ouvrir dans Raincheck
notify-snooze-hour = Dans une heure
notify-snooze-evening = Ce soir
notify-snooze-morning = Demain matin
reminders-log-problem = Les rappels n’ont pas pu utiliser le journal : { $error } Raincheck réessaiera dans { $minutes } min, pour qu’un rappel ne s’affiche pas en boucle d’ici là.
reminders-no-server = Aucun service de notifications ne répond sur la session du bureau ({ $detail }) ; les rappels s’affichent dans la fenêtre à la place.
reminders-refused = La notification a été refusée ({ $detail }) ; les rappels s’affichent dans la fenêtre à la place.

## Bilan : les critères non négociables que suggèrent les raisons récurrentes

# « Sur vos 5 retraits de candidature, 3 concernaient un déménagement. » $about est une expression suggestion-about-*.
suggestion-text = { $count ->
    [one] Sur vos { $of } retraits de candidature, { $count } concernait { $about }.
   *[other] Sur vos { $of } retraits de candidature, { $count } concernaient { $about }.
    }
suggestion-about-relocation = un déménagement
suggestion-keep-relocation = Des postes que je peux occuper depuis chez moi : en télétravail, ou sur site près de chez moi
suggestion-about-values_concern = des inquiétudes au sujet de l’entreprise
suggestion-keep-values_concern = Des employeurs dont je partage les valeurs et les façons de travailler
suggestion-about-other_path = l’envie d’une autre voie
suggestion-keep-other_path = Des postes dans la voie que je veux vraiment suivre
suggestion-about-long_term_change = un changement durable dans votre vie
suggestion-keep-long_term_change = Des horaires, des déplacements et une souplesse adaptés à ma vie actuelle
suggestion-about-competing_offers = d’autres offres
suggestion-keep-competing_offers = Un salaire et des conditions au moins aussi bons que ceux des offres que j’ai déjà
suggestion-about-cold_feet = des doutes sur le poste
suggestion-keep-cold_feet = Des postes qui me motivent vraiment, avant même de postuler
suggestion-about-timeline_shift = le calendrier
suggestion-keep-timeline_shift = Une date de début et un rythme de recrutement compatibles avec mes projets
suggestion-about-schedule_conflict = d’autres engagements
suggestion-keep-schedule_conflict = Des horaires d’entretien compatibles avec mes engagements
suggestion-about-personal_commitments = d’autres engagements
suggestion-keep-personal_commitments = Des horaires d’entretien compatibles avec mes engagements
suggestion-about-transport = le trajet
suggestion-keep-transport = Des entretiens faciles d’accès, ou en visioconférence

## La zone de notification

tray-open = Ouvrir Raincheck
tray-nothing-coming = Aucun entretien à venir
tray-next = Prochain : { $company } { $left }
tray-pause-hour = Suspendre les rappels pendant 1 heure
tray-quit = Quitter Raincheck
# En français, [one] couvre 0 et 1 : garder { $count }.
tray-waiting = Raincheck : { $count ->
    [one] { $count } rappel en attente
   *[other] { $count } rappels en attente
    }
tray-still-running = Raincheck reste ouvert
tray-still-running-body = Il reste dans la zone de notification pour vous rappeler vos entretiens. Pour le quitter, passez par le menu de son icône.

## Paramètres

window-language-system = Comme le système

## Le flux d’agenda : un événement à l’heure « décider avant » de chaque
## entretien en suspens, pour que l’agenda du téléphone le rappelle.
## $decision vaut undecided, withdraw, reschedule ou pause ; $both, $phone
## et $known valent yes ou no.

feed-calendar-name = Raincheck : décider avant
feed-event-summary = { $decision ->
    [undecided] À décider : { $company } — { $position }
   *[other] Prévenir { $company } — { $position }
}
feed-event-when = { $both ->
    [yes] L’entretien : { $theirs }, heure de l’employeur ({ $yours } chez vous).
   *[no] L’entretien : { $theirs }.
}
feed-event-reach = { $phone ->
    [yes] Moins de 24 h avant l’entretien : si vous n’y allez pas, appelez-les{ $known ->
        [yes] {" "}au { $contact }.
       *[no] .
    }
   *[no] Un message arrive encore à temps : si vous n’y allez pas, écrivez-leur un e-mail{ $known ->
        [yes] {" "}à { $contact }.
       *[no] .
    }
}
feed-event-next = { $decision ->
    [withdraw] Vous avez décidé de retirer votre candidature, mais aucun message n’est marqué comme envoyé.
    [reschedule] Vous avez décidé de demander un report, mais aucun message n’est marqué comme envoyé.
    [pause] Vous avez décidé de mettre votre candidature en attente, mais aucun message n’est marqué comme envoyé.
   *[other] Ouvrez Raincheck pour décider.
}
feed-not-updated = Le flux d’agenda n’a pas été mis à jour : { $error } Raincheck réessaie chaque minute.
