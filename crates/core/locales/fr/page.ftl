# Ce que dit la page de la fenêtre, en français. La page met ces messages en
# forme avec la bibliothèque JavaScript de Fluent (ui/words.js). Les clés
# utilisées comme attributs data-t dans ui/index.html y gardent aussi le texte
# anglais ; les tests des catalogues vérifient que les deux concordent.
# Conventions : vouvoiement, apostrophe typographique (’), guillemets « »,
# espace insécable avant : ; ? ! et à l’intérieur des guillemets.

## La page à l’ouverture

views = Vues
keyboard-shortcuts = Raccourcis clavier
next-up = Prochain entretien
show = Afficher
search-company-person-place-notes = Rechercher : entreprise, personne, lieu, notes…  ( / )
interviews = Entretiens
leave-empty-to-give-none = laissez vide pour n’en donner aucune
first-new-time = Premier nouveau créneau
second-new-time = Deuxième nouveau créneau
third-new-time = Troisième nouveau créneau
to-reply-in-their-thread = pour répondre dans leur fil de discussion
e-g-data-analyst-at-globex = ex. : Analyste de données chez Globex
e-g-lisbon = ex. : Lisbonne
e-g-in-march = ex. : en mars
# Complète « fixer une date pour … » dans le message.
e-g-the-final-round = ex. : l’entretien final
e-g-harbour-talent = ex. : Harbour Talent
# Indication dans le champ « Votre fuseau horaire » laissé vide.
the-systems = celui du système
e-g-first-round = ex. : premier entretien
skip-to-content = Aller au contenu
draft = Brouillon
settings = Paramètres
move-the-file-aside-and-start = Mettre le fichier de côté et commencer un nouveau journal
restore-a-backup = Restaurer une sauvegarde…
import-an-invite-ics = Importer une invitation (.ics)…
add-interview = Ajouter un entretien
reminders = Rappels
what-is-your-name = Comment vous appelez-vous ?
every-message-raincheck-drafts-is-signed = Chaque message rédigé par Raincheck est signé de ce nom. Vous pourrez le modifier, et ajouter votre e-mail et votre téléphone, dans les Paramètres.
your-name = Votre nom
save = Enregistrer
not-now = Plus tard
all = Tous
upcoming = À venir
undecided = À décider
past = Passés
filter-no-answer = Sans réponse
search-interviews = Rechercher des entretiens
arrow-keys-move-between-interviews-page = Les flèches permettent de passer d’un entretien à l’autre ; Pg suiv et Fin mènent à la suite de la liste.
show-more = Afficher plus
no-interviews-yet = Aucun entretien pour l’instant
add-the-interview-you-are-unsure = Ajoutez l’entretien qui vous fait hésiter. Raincheck vous aidera à décider, vous dira s’il vaut mieux appeler ou écrire, et vous le rappellera avant qu’il ne soit trop tard.
nothing-here = Rien ici
no-interview-matches-this-filter-choose = Aucun entretien ne correspond à ce filtre. Choisissez « Tous » pour les voir tous.
all-interviews = ← Tous les entretiens
decide = Décider
nothing-to-draft-yet = Rien à rédiger pour l’instant
# « Rédiger un message » est le bouton detail-draft.
open-an-interview-and-decide-what = Ouvrez un entretien et décidez quoi faire ; le bouton « Rédiger un message » vous amènera ensuite ici, avec le bon type de message.
go-to-your-interviews = Voir vos entretiens
who-is-writing = Qui écrit ?
your-e-mail = Votre e-mail
your-phone = Votre téléphone
save-to-your-profile = Enregistrer dans votre profil
you-have-edited-the-message-and = Vous avez modifié le message, et les options ont changé depuis.
use-the-new-draft = Prendre le nouveau brouillon
keep-my-text = Garder mon texte
message = Message
send-by = Envoyer par
written-in = Rédigé en
reason-one-sentence-optional = Raison, en une phrase (facultatif)
# Suivi de draft-their-time : « Nouveaux créneaux à proposer, heure de l’employeur (Europe/Paris) ».
new-times-to-offer = Nouveaux créneaux à proposer,
suggest-free-times = Proposer des créneaux libres
leave-all-empty-to-ask-them = Laissez tout vide pour leur demander de proposer des créneaux.
check-back-on = Recontacter le
i-still-want-this-role-ask = Ce poste m’intéresse toujours (demander un nouveau créneau)
subject-of-their-message-optional = Objet de leur message (facultatif)
your-new-role-optional = Votre nouveau poste (facultatif)
moving-to-optional = Lieu du déménagement (facultatif)
moving-when-optional = Date du déménagement (facultatif)
how-late-in-minutes = Retard, en minutes
the-new-time-they-offered-their = Le nouvel horaire proposé, heure de l’employeur
the-round-you-withdraw-from-optional = L’étape dont vous vous retirez (facultatif)
the-recruiters-agency = Le cabinet du recruteur
the-recruiters-name = Le nom du recruteur
days-since-your-last-message = Jours depuis votre dernier message
recommend-someone-instead-optional = Recommander quelqu’un à votre place (facultatif)
leave-the-door-open = Laisser la porte ouverte
offer-to-keep-in-touch-on = Proposer de rester en contact sur LinkedIn
greet-them-by-first-name = Saluer par le prénom
edit-this-template = Modifier ce modèle…
subject = Objet
the-message = Le message
copy = Copier
open-in-mail-app = Ouvrir dans la messagerie
call = Appeler
mark-as-sent = Marquer comme envoyé
checklist = Vérifications
you = Vous
messages-sign-off-with-these-details = Vos messages se terminent par ces coordonnées.
name = Nom
e-mail = E-mail
phone = Téléphone
home-time-zone = Votre fuseau horaire
buffer-between-interviews-minutes = Marge entre deux entretiens (minutes)
messages-written-in = Messages rédigés en
# Les quatre libellés suivants forment une phrase : « Entretiens de [9:00] à [18:00] les [lun.] [mar.]… ».
interviews-from = Entretiens de
until = à
on = les
mon = lun.
tue = mar.
wed = mer.
thu = jeu.
fri = ven.
sat = sam.
sun = dim.
save-profile = Enregistrer le profil
remind-me = Me rappeler
start-raincheck-when-i-log-in = Lancer Raincheck à l’ouverture de session (en arrière-plan, pour recevoir les rappels même fenêtre fermée)
your-log = Votre journal
encryption = Chiffrement
log-file = Fichier du journal
saving = Enregistrement
export-json = Exporter (JSON)
export-for-spreadsheets-csv = Exporter pour un tableur (CSV)
back-up = Sauvegarder
import-an-export = Importer un export…
exports-and-backups-go-to-your = Les exports et les sauvegardes sont placés dans votre dossier Documents.
appearance = Apparence
colours = Couleurs
size = Taille
ctrl-and-ctrl-change-the-size = Ctrl + et Ctrl − changent la taille depuis n’importe où ; Ctrl 0 la rétablit.
about-this-app = À propos de l’application
version = Version
data-folder = Dossier des données
add-an-interview = Ajouter un entretien
company = Entreprise
position = Poste
date-and-time-their-time = Date et heure (heure de l’employeur)
their-time-zone = Fuseau horaire de l’employeur
duration-minutes = Durée (minutes)
how-youve-been-in-touch = Moyen de contact
interviewer = Interlocuteur
interviewers-e-mail = E-mail de l’interlocuteur
interviewers-phone = Téléphone de l’interlocuteur
place-or-link = Lieu ou lien
stage = Étape
notes = Notes
cancel = Annuler
edit-template = Modifier le modèle
your-version-is-kept-in-your = Votre version est conservée dans votre journal. Variables :
template = Modèle
preview = Aperçu
reset-to-default = Rétablir l’original
close = Fermer
save-template = Enregistrer le modèle
which-event-is-the-interview = Quel événement correspond à l’entretien ?
what-did-they-reply = Qu’ont-ils répondu ?
their-answer-pasted-or-in-a = Leur réponse, collée ou résumée en quelques mots
save-the-reply = Enregistrer la réponse
keep-it = Conserver
delete = Supprimer
decide-about-the-interview-shown = Décider pour l’entretien affiché
search-the-interviews = Rechercher dans les entretiens
move-through-the-list-the-rest = Parcourir la liste (la suite se charge au fur et à mesure)
interviews-draft-insights-settings = Entretiens, Brouillon, Bilan, Paramètres
larger-smaller-back-to-normal-size = Plus grand, plus petit, taille normale
this-list = Cette liste
close-a-dialog = Fermer une boîte de dialogue
window-language = Langue de la fenêtre
follow-up-after = Proposer une relance après ce nombre de jours ouvrés sans réponse
settings-follow-up-saved = Relances : réglage enregistré.
calendar-feed = Flux d’agenda
calendar-feed-explained = Placez un fichier d’agenda dans un dossier que l’agenda de votre téléphone synchronise : le « décider avant » de chaque entretien en suspens y devient un événement avec une alarme, et votre téléphone vous le rappelle même lorsque cet ordinateur est fermé.
feed-folder = Dossier
feed-folder-placeholder = un dossier que l’agenda de votre téléphone synchronise
keep-the-feed-here = Placer le flux ici
feed-file = Fichier
feed-last-written = Dernière écriture
feed-events = Événements
turn-the-feed-off = Désactiver le flux
settings-feed-events = { $count ->
    [0] Aucun : aucun entretien n’est en suspens
   *[other] { $count }
}
settings-feed-saved = Le flux d’agenda est enregistré dans { $path }.
settings-feed-off = Le flux d’agenda est désactivé et son fichier supprimé.
insights = Bilan
export-the-figures = Exporter les chiffres (CSV)
nothing-to-count-yet = Rien à compter pour l’instant
insights-empty = Dès que des entretiens figureront dans le journal, vous verrez ici ce qu’ils sont devenus, pourquoi vous avez renoncé et comment les employeurs ont répondu.
what-became-of-them = Ce qu’ils sont devenus
why-you-stepped-back = Pourquoi vous avez renoncé
no-reason-recorded-yet = Aucune raison enregistrée pour l’instant : l’assistant garde celle que vous choisissez.
notice-and-replies = Délais de prévenance et réponses
non-negotiables-to-consider = Critères non négociables à envisager
no-suggestion-yet = Quand la même raison revient souvent, un critère non négociable à rechercher la prochaine fois s’affiche ici.
your-non-negotiables = Vos critères non négociables
non-negotiables-intro = Ce qu’un poste doit vous offrir, formulé avec vos mots. Quand vous décidez pour un entretien, l’assistant vous demande si le poste va à l’encontre de l’un d’eux.
non-negotiables-none = Aucun pour l’instant : ajoutez les vôtres, ou retenez une suggestion du Bilan.
a-non-negotiable = Un critère non négociable
add-non-negotiable = Ajouter

## Le cadre de l’application

error-no-backend = La fenêtre de Raincheck n’est pas reliée à l’application.
error-no-answer = Raincheck n’a pas répondu à temps. Réessayez ; si cela se reproduit, redémarrez Raincheck.
log-moved-aside = Le fichier illisible se trouve maintenant ici : { $path }. Un nouveau journal, vide, a été créé ; importez une sauvegarde ou un export depuis les Paramètres.
backup-restored-kept = Sauvegarde restaurée. Le journal qu’elle remplace est conservé ici : { $path }.
backup-restored = Sauvegarde restaurée.

## L’assistant et la vue Brouillon

wizard-progress = Question { $step } sur { $steps }
wizard-back = Retour
wizard-see-advice = Voir quoi faire
wizard-next = Suivant
wizard-advice = Que faire
wizard-how-to-tell = Comment les prévenir
wizard-check-back-on = Les recontacter le
wizard-reason = Votre raison, en quelques mots (gardée pour vous, jamais envoyée)
# $language est le nom d’une langue écrit dans cette langue (« Deutsch », « British English »),
# comme dans la liste « Rédigé en » : d’où une tournure sans « en { $language } ».
draft-title = Brouillon : { $company }
draft-language-guess = Langue souvent utilisée par les employeurs de cette région : { $language }.
draft-write-in = Choisir { $language }
draft-optional = facultatif
draft-their-time = heure de l’employeur ({ $zone })
draft-replaced = Remplacé par le nouveau brouillon.
undo = Annuler
draft-saved-to-profile = Enregistré dans votre profil.
draft-not-checked = Non vérifié : { $why }
draft-ready = Prêt à envoyer.
draft-not-ready = Pas encore prêt : voyez les points signalés.
draft-copied = Copié.
draft-no-phone = Aucun numéro de téléphone pour cet entretien : ajoutez-en un avec Modifier.
draft-recorded-sent = Marqué comme envoyé.
draft-free-in-both = Libre dans les deux agendas : { $times }.
template-saved = Modèle enregistré.

## La page d’un entretien

detail-decide-again = Revoir la décision…
detail-decide = Décider…
detail-draft = Rédiger un message
detail-edit = Modifier
detail-add-to-calendar = Ajouter à l’agenda (.ics)
detail-delete = Supprimer…
detail-details = Détails
detail-messages = Messages
detail-no-message = Aucun message enregistré pour l’instant.
detail-their-reply = Leur réponse : { $reply }
detail-they-replied = Ils ont répondu…
detail-history = Historique
prep-done = { $done ->
    [one] { $done } sur { $of } fait
   *[other] { $done } sur { $of } faits
    }
prep-ticked = { $item } : coché.
prep-not-ticked = { $item } : non coché.
prep-point = Point clé { $n }
prep-point-1-hint = Ce que vous avez fait qui correspond à ce poste
prep-point-2-hint = Une question à leur poser
prep-point-3-hint = Pourquoi cette entreprise
prep-points-saved = Points clés enregistrés.
prep-job-description = La fiche de poste : un lien ou le texte
prep-job-description-hint = Collez le lien de l’annonce, ou son texte
prep-job-description-saved = Fiche de poste enregistrée.
prep-title = Avant l’entretien
prep-both-times = Heure de l’employeur : { $theirs } ({ $zone }) · votre heure : { $yours }
prep-open-link = Ouvrir le lien de la réunion
prep-place = Lieu : { $place }
prep-no-place = Aucun lieu ni lien enregistré : ajoutez-le avec Modifier.
ics-saved = Enregistré dans { $path } : ouvrez ce fichier pour ajouter l’entretien à votre agenda.
reply-recorded = Leur réponse est enregistrée.
reply-new-time-optional = Si l’employeur a proposé un nouvel horaire : lequel, à son heure locale
reply-new-time-hint = L’entretien est déplacé à cet horaire ; l’historique garde l’ancien.
reply-new-time-recorded = La réponse est enregistrée et l’entretien est déplacé au nouvel horaire.
detail-update-calendar = Mettre à jour votre agenda (.ics)
detail-reminders = Rappels
detail-remind-me-again = Me le rappeler :
silence-mark = Marquer « sans réponse »
silence-marked = Marqué « sans réponse » : votre relance est restée sans réponse.
silence-unmark = Retirer la marque
silence-marked-toast = Marqué « sans réponse ».
silence-unmarked-toast = La marque « sans réponse » est retirée.
delete-confirm = Supprimer l’entretien avec { $company } et tout ce qui a été noté à son sujet ? Vous pourrez annuler juste après.
deleted = Entretien avec { $company } supprimé.

## Le formulaire d’entretien et la liste

form-edit-title = Modifier l’entretien
form-add-title = Ajouter un entretien
form-save-changes = Enregistrer les modifications
form-add = Ajouter l’entretien
form-changes-saved = Modifications enregistrées.
form-added = Entretien ajouté.
first-run-name-missing = Saisissez votre nom, ou choisissez « Plus tard ».
first-run-thanks = Merci : vos messages seront signés de votre nom.
invite-no-time = sans heure
list-show-more = { $left ->
    [one] Afficher { $more } de plus ({ $left } non affiché)
   *[other] Afficher { $more } de plus ({ $left } non affichés)
    }
# En français, [one] couvre 0 et 1 : garder le nombre dans la variante.
list-shown = { $total ->
    [one] { $total } entretien
   *[other] { $shown } entretiens affichés sur { $total }
    }
list-shown-matching = { $total ->
    [one] { $total } entretien correspond à « { $search } »
   *[other] { $total } entretiens correspondent à « { $search } », { $shown } affichés
    }
next-up-decide = Décider maintenant
list-no-match = Aucun entretien ne correspond à « { $search } ». Essayez avec moins de mots, ou des mots plus courts.
list-no-match-filtered = Aucun entretien ici ne correspond à « { $search } ». Essayez avec moins de mots ou des mots plus courts, ou choisissez « Tous ».
list-no-match-filter = Aucun entretien ne correspond à ce filtre. Choisissez « Tous » pour les voir tous.
row-decide-about = Décider pour { $company }
row-decide = Décider
row-their-time = heure de l’employeur : { $time }
# Le dernier moment pour décider et les prévenir poliment, à l’heure de l’utilisateur.
# $when est une date de début : « jeu. 3 déc. 2026 à 10:00 CET ».
decide-by = à décider avant le { $when }
decide-by-polite = Décidez avant le { $when } pour les prévenir à temps, pendant leurs heures de travail.
row-prep-title = Préparation avant l’entretien
row-prep = { $done ->
    [one] { $done } sur { $of } prêt
   *[other] { $done } sur { $of } prêts
    }
row-clash = Conflit

## Paramètres

settings-on = Activé
settings-off = Désactivé
settings-notifications-server = Les rappels s’affichent en notifications du bureau ({ $server }).
settings-notifications-checking = Vérification des notifications du bureau…
settings-reminders-saved = Réglages des rappels enregistrés.
settings-start-at-login-on = Raincheck se lancera à l’ouverture de votre session.
settings-start-at-login-off = Raincheck ne se lancera plus à l’ouverture de session.
settings-profile-saved = Profil enregistré.
settings-saved-to = Enregistré dans { $path }
settings-imported = { $count ->
    [one] { $count } entretien importé.
   *[other] { $count } entretiens importés.
    }
settings-language-saved = La fenêtre est maintenant en français. Les messages aux employeurs gardent la langue choisie pour eux.

## Bilan

# En français, [one] couvre 0 et 1 : garder le nombre dans la variante.
insights-summary = { $count ->
    [one] { $count } entretien dans le journal.
   *[other] { $count } entretiens dans le journal.
    }
insights-outcome = Issue
insights-reason = Raison
insights-count = Entretiens
insights-by-month = Mois par mois
insights-month = Mois
insights-total = Total
insights-none-yet = Aucun pour l’instant
insights-notice = Votre délai de prévenance
insights-notice-given = { $count ->
    [one] { $count } fois, { $hours } h avant le début
   *[other] { $count } fois, en médiane { $hours } h avant le début
    }{ $late ->
    [0] {""}
    [one]  ; une fois à moins de 24 heures du début
   *[other]  ; { $late } fois à moins de 24 heures du début
    }
insights-replies = Réponses
insights-replies-rate = { $answered } sur { $asked } messages qui posaient une question ({ $percent } %)
insights-reply-time = Délai de réponse habituel
insights-hours = { $hours } h
insights-follow-ups = Relances
insights-follow-ups-answered = { $sent ->
    [0] Aucune envoyée
    [one] { $sent } envoyée, { $answered } avec réponse
   *[other] { $sent } envoyées, { $answered } avec réponse
    }

## Critères non négociables (Paramètres, Bilan, page d’un entretien)

non-negotiable-edit = Modifier
non-negotiable-remove = Supprimer
non-negotiable-edit-label = Reformuler « { $text } »
non-negotiable-remove-label = Supprimer « { $text } »
non-negotiable-added = Retenu : { $text }
non-negotiable-changed = Modifié : { $text }
non-negotiable-removed = Supprimé : { $text }
suggestion-keep = Le retenir
suggestion-edit = Le reformuler d’abord
suggestion-dismiss = Écarter
suggestion-own-words = Avec vos mots
suggestion-dismissed = Écartée : cette suggestion ne vous sera plus proposée.
detail-non-negotiables = Vos critères non négociables : { $list }.
detail-decide-with-them = Décider en les gardant à l’esprit
