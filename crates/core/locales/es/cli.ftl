# Lo que escribe la línea de comandos para una persona, en el idioma del sistema
# (español neutro, tuteando).
# Su JSON, su --help y los nombres que aceptan sus opciones (withdraw, upcoming,
# time_zone…) se quedan igual en todos los idiomas.
# Vocabulario compartido con core.ftl, page.ftl y errors.ftl: registro,
# entrevista, copia de seguridad, decisión, seguimiento, «sin respuesta».

## raincheck log

log-added = Entrevista #{ $id } añadida: { $interview }
log-updated = Entrevista #{ $id } actualizada: { $interview }
log-decided = Decisión «{ $decision }» anotada para #{ $id }: { $interview }
log-no-answer-marked = Entrevista #{ $id } marcada como «sin respuesta»: { $interview }
log-no-answer-cleared = La entrevista #{ $id } ya no está marcada como «sin respuesta»: { $interview }
log-sent = Anotado como enviado el mensaje «{ $kind }» ({ $channel }) de #{ $id }.
log-reply-recorded = Anotada su respuesta al mensaje #{ $id }.
log-new-time = Entrevista #{ $id } cambiada a la hora que han propuesto: { $interview }. Redacta la confirmación con: raincheck draft --interview { $id }
log-deleted = Entrevista #{ $id } ({ $company } — { $position }) eliminada junto con su historial y { $messages ->
    [one] un mensaje
   *[other] { $messages } mensajes
}.
list-empty = Aquí no hay entrevistas. Añade una con `raincheck log add --input FILE`.
list-no-match = Aquí ninguna entrevista coincide con «{ $search }». Prueba con menos palabras o más cortas, o con `--filter all`.
list-past-the-end = Esta página queda después del final de la lista (entrevistas aquí: { $total }). Prueba con `--offset 0`.
# Los filtros se llaman como los acepta `--filter`.
list-page = { $first }–{ $last } de { $total } (all { $all } · upcoming { $upcoming } · undecided { $undecided } · past { $past } · no-answer { $no_answer })
list-next-page = ; página siguiente: --offset { $offset }

## raincheck log show: etiquetas de una columna (breves, de 12 caracteres como máximo) y sus valores

show-starts = Inicio:
show-starts-value = { $when }, { $minutes } min
# El valor es el nombre de la decisión tal como lo aceptan los comandos (withdraw, undecided…).
show-decision = Decisión:
show-reason = Motivo:
show-scenario = Situación:
# El día en que termina la pausa y toca volver a contactar.
show-check-back = Retomar el:
# Quien te entrevista.
show-interviewer = Persona:
show-email = Correo:
show-phone = Teléfono:
show-contact-via = Contacto:
show-place = Lugar:
show-stage = Fase:
show-notes = Notas:
show-history = Historial:
show-messages = Mensajes:
show-message-sent = enviado el { $at }
show-message-not-sent = sin enviar
show-decide-by = Plazo:
show-decide-by-value = { $when } (el último momento para avisarles con cortesía)
# «Respuesta:   aún ninguna a tu mensaje del…»
show-no-reply = Respuesta:
show-no-reply-follow-up = aún ninguna a tu mensaje del { $since } ({ $kind }); es razonable enviar un seguimiento a partir del { $due }
show-no-reply-no-answer = aún ninguna a tu mensaje del { $since } ({ $kind }); a partir del { $due } puedes marcar la entrevista como «sin respuesta»
show-new-time = Nueva hora:
show-new-time-value = la ha propuesto la empresa y ya está en el registro; falta confirmársela (raincheck draft --interview { $id })

## raincheck draft y check

# Tras lo que le falta a un borrador (tu nombre, tu correo, tu teléfono): el
# comando que lo indica una sola vez para todos los borradores.
draft-add-once = Añádelo una sola vez con `{ $command }`.
# $language es el nombre del idioma en ese idioma («Deutsch», «Français»).
check-read-as = Idioma de la comprobación: { $language }.
check-ready = Listo para enviar.
check-not-ready = Aún no está listo: corrige lo marcado arriba.

## raincheck due

due-nothing = No hay nada pendiente.


## raincheck snooze

snoozed = Recordatorio de #{ $id } aplazado hasta: { $until }.

## raincheck insights

insights-empty = Aún no hay entrevistas en el registro.
insights-interviews = { $count ->
    [one] Una entrevista
   *[other] { $count } entrevistas
}
# $median es insights-notice-median, o nada si no hay mediana.
insights-notice = Avisaste { $times ->
    [one] una vez
   *[other] { $times } veces
}{ $median }; con menos de 24 horas de margen: { $late }
insights-notice-median = , con una mediana de { $hours } h de antelación
# $rate es insights-reply-rate, o nada.
insights-replies = Respuestas: { $answered } de { $asked } mensajes que preguntaban algo{ $rate }
insights-reply-rate = { " " }({ $percent } %)
insights-reasons = Motivos:
# $text es un suggestion-text y $keep una frase suggestion-keep-* (core.ftl).
insights-suggestion = Sugerencia: { $text } Un imprescindible para la próxima vez: { $keep }.
# Debajo de cada sugerencia: cómo responderla. $scenario es su nombre, p. ej. relocation.
insights-suggestion-answer = { "  " }Para guardarla: raincheck non-negotiables accept { $scenario } (añade --as "…" para decirlo con tus palabras). Si no va contigo: raincheck non-negotiables dismiss { $scenario }

## raincheck ics

ics-added = { $count ->
    [one] Entrevista añadida:
   *[other] Entrevistas añadidas:
} { $ids }.
# Ocupa el lugar de un dato que la invitación no da.
ics-unknown = (?)
# $file es el archivo del feed, $when cuándo se escribió por última vez.
ics-feed-status = { $count ->
    [0] Ninguna entrevista pendiente: el feed no tiene eventos
    [one] Un evento
   *[other] { $count } eventos
} en { $file }, { $written ->
    [yes] escrito ahora mismo.
   *[no] sin cambios desde { $when }.
}
ics-feed-off = El feed del calendario está desactivado. Actívalo con: raincheck ics feed --folder CARPETA (una carpeta que sincronice el calendario de tu móvil).
ics-feed-switched-off = El feed del calendario está desactivado; se ha eliminado { $file }.
ics-feed-not-updated = El feed del calendario no se ha actualizado: { $error }

## raincheck export, import, backup, restore, status

restored = Copia de seguridad restaurada: { $count ->
    [one] una entrevista
   *[other] { $count } entrevistas
}.
restored-replaced-kept = El registro anterior se conserva en { $path }.
imported = { $count ->
    [one] Se ha importado una entrevista
   *[other] Se han importado { $count } entrevistas
}.
imported-renumbered = El número #{ $old } ya estaba ocupado: ahora es el #{ $new }.
backed-up-encrypted = Copia de seguridad del registro guardada en { $path } (cifrada con la clave del registro).
backed-up-plain = Copia de seguridad del registro guardada en { $path } (sin cifrar).
# Etiquetas de una columna (12 caracteres como máximo) y sus valores.
status-data-folder = Carpeta:
status-log = Registro:
status-log-value = { $path } (versión { $version })
status-encryption = Cifrado:
status-encryption-on = activado
status-encryption-off = DESACTIVADO
status-interviews = Entrevistas:
status-interviews-value = { $count } ({ $upcoming } próximas, { $undecided } de ellas sin decidir); { $sent ->
    [one] un mensaje enviado
   *[other] { $sent } mensajes enviados
}
# Le sigue por qué no se puede guardar nada (carpeta o archivo de solo lectura).
status-read-only = Escritura:

## raincheck prep

prep-heading = Antes de la entrevista con { $company } ({ $when }): hecho { $done } de { $of }
prep-how-to-tick = Marca un punto con `raincheck prep { $id } --tick time_zone`.

## raincheck profile y appearance: etiquetas de una columna (9 caracteres como máximo)

profile-name = Nombre:
profile-email = Correo:
profile-phone = Teléfono:
profile-home-zone = Tu zona:
profile-buffer = Margen:
profile-buffer-value = { $minutes } min
profile-not-set = (sin indicar)
profile-system-zone = la del sistema
appearance = Colores: { $theme }
    Tamaño:  { $percent } %

## raincheck non-negotiables (también en raincheck profile)

non-negotiables-heading = Imprescindibles:
non-negotiables-none = Todavía no tienes imprescindibles: añade los tuyos con raincheck non-negotiables add "…", o guarda uno de los que sugiere raincheck insights.
non-negotiable-kept = Guardado: { $text }
non-negotiable-changed = Cambiado: { $text }
non-negotiable-removed = Quitado: { $text }
suggestion-dismissed = Descartada: no volverás a ver esta sugerencia.
