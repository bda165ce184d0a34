# Ce que la ligne de commande affiche pour une personne, dans la langue du système (vouvoiement).
# Son JSON, son --help et les noms que prennent ses options (withdraw, upcoming,
# time_zone…) restent les mêmes dans toutes les langues.
# Vocabulaire de core.ftl, page.ftl et errors.ftl : journal, entretien, sauvegarde,
# interlocuteur, décision.

## raincheck log

log-added = Entretien #{ $id } ajouté : { $interview }
log-updated = Entretien #{ $id } mis à jour : { $interview }
log-decided = Décision « { $decision } » enregistrée pour #{ $id } : { $interview }
log-no-answer-marked = #{ $id } marqué « sans réponse » : { $interview }
log-no-answer-cleared = #{ $id } n’est plus marqué « sans réponse » : { $interview }
log-sent = Message « { $kind } » ({ $channel }) pour #{ $id } marqué comme envoyé.
log-reply-recorded = Réponse au message #{ $id } enregistrée.
log-new-time = Entretien #{ $id } déplacé à l’horaire proposé : { $interview }. Rédigez la confirmation avec : raincheck draft --interview { $id }
# En français, [one] couvre 0 et 1 : garder le nombre dans la variante.
log-deleted = Entretien #{ $id } ({ $company } — { $position }) supprimé, avec son historique et { $messages ->
    [one] { $messages } message
   *[other] { $messages } messages
}.
list-empty = Aucun entretien ici. Ajoutez-en un avec `raincheck log add --input FILE`.
list-no-match = Aucun entretien ici ne correspond à « { $search } ». Essayez avec moins de mots ou des mots plus courts, ou avec `--filter all`.
list-past-the-end = Cette page se trouve après la fin de la liste (entretiens ici : { $total }). Essayez `--offset 0`.
# Les filtres gardent les noms que `--filter` accepte.
list-page = { $first }–{ $last } sur { $total } (all { $all } · upcoming { $upcoming } · undecided { $undecided } · past { $past } · no-answer { $no_answer })
# Suit list-page sans espace : l’espace insécable avant « ; » est écrite en échappement.
list-next-page = { "\u00A0" }; page suivante : --offset { $offset }

## raincheck log show : libellés d’une colonne (courts) et leurs valeurs

show-starts = Début :
show-starts-value = { $when }, { $minutes } min
# La valeur est le nom de la décision tel que les commandes l’acceptent (withdraw, undecided…).
show-decision = Décision :
show-reason = Raison :
show-scenario = Situation :
# Le jour où la mise en attente prend fin et où il faut les recontacter.
show-check-back = Reprise le :
# L’interlocuteur (« Interlocuteur : » serait trop long pour la colonne).
show-interviewer = Contact :
show-email = E-mail :
show-phone = Téléphone :
show-contact-via = Canal :
show-place = Lieu :
show-stage = Étape :
show-notes = Notes :
show-history = Historique :
show-messages = Messages :
show-message-sent = envoyé le { $at }
show-message-not-sent = non envoyé
show-decide-by = Échéance :
show-decide-by-value = { $when } (dernier moment pour les prévenir poliment)
# « Réponse : aucune à votre message du … »
show-no-reply = Réponse :
show-no-reply-follow-up = aucune à votre message du { $since } ({ $kind }) ; une relance est légitime à partir du { $due }
show-no-reply-no-answer = aucune à votre message du { $since } ({ $kind }) ; l’entretien peut être marqué « sans réponse » à partir du { $due }
show-new-time = Nouvel horaire :
show-new-time-value = proposé par l’employeur et repris dans le journal ; il reste à le confirmer (raincheck draft --interview { $id })

## raincheck draft et check

# Après ce qui manque à un brouillon : la commande qui l’indique une fois pour tous les brouillons.
draft-add-once = Ajoutez cette information une fois pour toutes avec `{ $command }`.
# $language est le nom d’une langue écrit dans cette langue (« Deutsch ») : pas de « en { $language } ».
check-read-as = Langue retenue pour la vérification : { $language }.
check-ready = Prêt à envoyer.
check-not-ready = Pas encore prêt : corrigez ce qui est signalé ci-dessus.

## raincheck due

due-nothing = Aucun rappel en attente.


## raincheck snooze

snoozed = Rappel concernant #{ $id } repoussé à : { $until }.

## raincheck insights

insights-empty = Aucun entretien dans le journal pour l’instant.
insights-interviews = { $count ->
    [one] { $count } entretien
   *[other] { $count } entretiens
}
# $median est insights-notice-median, ou rien quand il n’y a pas de médiane.
# « fois » est invariable ; [one] couvre 0 et 1.
insights-notice = Employeurs prévenus : { $times ->
    [one] { $times } fois
   *[other] { $times } fois
}{ $median } ; { $late } fois à moins de 24 heures du début
insights-notice-median = , en médiane { $hours } h avant le début
# $rate est insights-reply-rate, ou rien.
insights-replies = Réponses : { $answered } sur { $asked } messages qui posaient une question{ $rate }
insights-reply-rate = { " " }({ $percent } %)
insights-reasons = Raisons :
# $text est un suggestion-text, $keep une expression suggestion-keep-* (core.ftl).
insights-suggestion = Suggestion : { $text } Un critère non négociable à retenir : { $keep }.
# Sous chaque suggestion : comment y répondre. $scenario est son nom, par ex. relocation.
insights-suggestion-answer = { "  " }La retenir : raincheck non-negotiables accept { $scenario } (ajoutez --as "…" pour la formuler à votre façon). Ne vous concerne pas : raincheck non-negotiables dismiss { $scenario }

## raincheck ics

ics-added = { $count ->
    [one] Entretien ajouté
   *[other] Entretiens ajoutés
} : { $ids }.
# Remplace une information que l’invitation ne donne pas.
ics-unknown = (?)
# $file est le fichier du flux, $when le moment où il a été écrit pour la dernière fois.
ics-feed-status = { $count ->
    [0] Aucun entretien en suspens : le flux ne contient aucun événement
    [one] Un événement
   *[other] { $count } événements
} dans { $file }, { $written ->
    [yes] écrit à l’instant.
   *[no] inchangé depuis le { $when }.
}
ics-feed-off = Le flux d’agenda est désactivé. Pour l’activer : raincheck ics feed --folder DOSSIER (un dossier que l’agenda de votre téléphone synchronise).
ics-feed-switched-off = Le flux d’agenda est désactivé ; { $file } a été supprimé.
ics-feed-not-updated = Le flux d’agenda n’a pas été mis à jour : { $error }

## raincheck export, import, backup, restore, status

restored = Sauvegarde restaurée : { $count ->
    [one] { $count } entretien
   *[other] { $count } entretiens
}.
restored-replaced-kept = Le journal qu’elle remplace est conservé ici : { $path }.
imported = { $count ->
    [one] { $count } entretien importé
   *[other] { $count } entretiens importés
}.
imported-renumbered = Le numéro #{ $old } était déjà pris : l’entretien porte maintenant le numéro #{ $new }.
backed-up-encrypted = Journal sauvegardé dans { $path } (chiffré avec la clé du journal).
backed-up-plain = Journal sauvegardé dans { $path } (non chiffré).
# Libellés d’une colonne (12 caractères au plus), puis leurs valeurs.
status-data-folder = Données :
status-log = Journal :
status-log-value = { $path } (version { $version })
# « Chiffré : oui » ou « Chiffré : NON ».
status-encryption = Chiffré :
status-encryption-on = oui
status-encryption-off = NON
status-interviews = Entretiens :
status-interviews-value = { $count } ({ $upcoming } à venir, dont { $undecided } à décider) ; { $sent ->
    [one] { $sent } message envoyé
   *[other] { $sent } messages envoyés
}
# Suivi de la raison pour laquelle rien ne peut être enregistré.
status-read-only = Écriture :

## raincheck prep

prep-heading = Préparation de l’entretien avec { $company } ({ $when }) : { $done } sur { $of }
prep-how-to-tick = Cochez un point avec `raincheck prep { $id } --tick time_zone`.

## raincheck profile et appearance : libellés d’une colonne (9 caractères au plus)

profile-name = Nom :
profile-email = E-mail :
profile-phone = Tél. :
profile-home-zone = Fuseau :
profile-buffer = Marge :
profile-buffer-value = { $minutes } min
profile-not-set = (non renseigné)
profile-system-zone = celui du système
appearance = Couleurs : { $theme }
    Taille :   { $percent } %

## raincheck non-negotiables (aussi sous raincheck profile)

non-negotiables-heading = Critères non négociables :
non-negotiables-none = Aucun critère non négociable pour l’instant : ajoutez le vôtre avec raincheck non-negotiables add "…", ou retenez une suggestion de raincheck insights.
non-negotiable-kept = Retenu : { $text }
non-negotiable-changed = Modifié : { $text }
non-negotiable-removed = Supprimé : { $text }
suggestion-dismissed = Écartée : cette suggestion ne vous sera plus proposée.
