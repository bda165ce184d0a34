# Lo que informa la revisión de un mensaje (ver crates/core/src/message/check/),
# en español (neutro, tuteando). El informe está en el idioma de la ventana,
# sea cual sea el idioma del propio mensaje; las palabras citadas ($said,
# $word…) son las del mensaje.
# Vocabulario de core.ftl: entrevista, retirar la candidatura, cambio de fecha,
# poner en pausa, puesto, oferta, agencia.

## Cómo escribe las fechas el informe (strftime, nombres de chrono, es_ES)

# El día de la entrevista: «jueves 3 de diciembre».
check-format-day = %A %-d de %B
# Una fecha con el año: «3 de diciembre de 2026».
check-format-date = %-d de %B de %Y
# Un día de la semana solo: «jueves».
check-format-weekday = %A
# El día y la hora de la entrevista, tras «la entrevista es»: «el jueves 3 de diciembre a las 10:00 CET / 04:00 EST».
check-when = el { $date } a las { $time }
# Tu hora, cuando cae en otro día.
check-when-other-day = { $time } (para ti, el { $day })

## Un mensaje en un idioma que la revisión no lee

check-not-read = Sin revisar: el mensaje está en un idioma que la revisión no lee.
# $name es el idioma del mensaje, con su propio nombre («Italiano»).
check-not-read-note = Este mensaje parece estar en otro idioma ({ $name }). La revisión lee { $read }, así que aquí no se ha revisado nada: repásalo tú con la lista antes de enviarlo.
check-language-en = inglés
check-language-de = alemán
check-language-fr = francés
check-language-es = español
# Los dos últimos de una lista: «inglés, alemán, francés y español».
check-list = { $rest } y { $last }
check-moment-not-read = Esto aún no se revisa en este idioma: compruébalo tú.

## La lista: -pass si el mensaje lo tiene, -fail con lo que hay que hacer, -na si no aplica

check-interview_date-pass = Incluye la fecha de la entrevista.
check-interview_date-fail = Di de qué entrevista se trata: indica la fecha, por ejemplo jueves 3 de diciembre.
check-interview_date-na = Un seguimiento no necesita repetir la fecha.
check-interview_time-pass = Incluye la hora de la entrevista.
check-interview_time-fail = Indica también la hora de la entrevista, por ejemplo { $example }.
check-interview_time-na = Un seguimiento no necesita repetir la hora.
check-time_zone-pass = La hora indica su zona horaria.
check-time_zone-fail = Tu zona horaria y la de la empresa son distintas: añade la zona a la hora, por ejemplo { $example }.
check-time_zone-na = Las dos partes tienen la misma hora.
# Un horario de verano escrito en invierno, o al revés: «CEST», «CET».
check-time_zone-season = En esa fecha la zona es { $right }, no { $wrong }: escribe la hora como { $example }.
check-position-pass = El puesto se nombra al principio.
check-position-fail = Nombra el puesto en el asunto o en la primera frase.
check-brief_reason-pass = El motivo, si lo hay, es breve.
check-brief_reason-fail = Da como mucho una frase corta de motivo; deja fuera lo demás.
check-clear_action-pass = Dice claramente lo que vas a hacer.
check-clear_action-na = Un seguimiento no cancela ni cambia nada.
check-clear_action-withdraw = Di claramente que retiras tu candidatura.
check-clear_action-reschedule = Di claramente que pides cambiar la fecha.
check-clear_action-pause = Di claramente que pides que pongan tu candidatura en pausa.
check-clear_action-remote = Pregunta claramente si es posible el teletrabajo o un modelo híbrido.
check-clear_action-missed = Di claramente que no asististe a la entrevista.
check-clear_action-decline_offer = Di claramente que rechazas su oferta.
check-clear_action-withdraw_after_offer = Di claramente que retiras tu candidatura tras su oferta.
check-clear_action-late = Di claramente que llegas tarde.
check-clear_action-unable_to_join = Di claramente que hoy no puedes asistir y que necesitas otra hora.
check-clear_action-confirm = Di claramente que confirmas la nueva hora.
check-clear_action-follow_up = Di que escribes para dar seguimiento a tu mensaje anterior.
check-clear_action-resume = Di claramente que quieres retomar el proceso.
check-clear_action-any = Di claramente qué haces: retirar tu candidatura, cancelar, cambiar la fecha o poner el proceso en pausa.
check-apology-pass = Pide disculpas por las molestias.
check-apology-fail = Añade una breve disculpa por las molestias.
check-apology-na = Aquí no hace falta disculparse.
check-thanks-pass = Les da las gracias.
check-thanks-fail = Dales las gracias por su tiempo.
check-alternatives-pass = Ofrece nuevas fechas o les pide que propongan alguna.
check-alternatives-fail = Ofrece dos o tres fechas y horas concretas, o pídeles que propongan alguna.
check-alternatives-na = Solo un cambio de fecha necesita nuevas fechas.
check-delay-pass = Dice cuánto retraso llevarás.
check-delay-fail = Di cuánto retraso llevarás o cuándo llegarás («unos 10 minutos», «a las 10:15»).
check-new_time-pass = Nombra la nueva hora que confirmas.
check-new_time-fail = Nombra la nueva fecha y hora que confirmas, para que no haya dudas.
check-new_time-na = No se indicó ninguna hora nueva: se confirma la hora original de la entrevista.
check-pass_on-pass = Pide a la agencia que lo transmita.
check-pass_on-fail = Pide a la agencia que transmita tu decisión a su cliente.
check-client_named-pass = Nombra la empresa cliente.
check-client_named-fail = Nombra la empresa con la que es la entrevista: una agencia trabaja para varias.
check-client_named-na = No se indicó ninguna empresa que buscar.
check-stop_steps-pass = Pide detener los trámites iniciados para ti.
check-stop_steps-fail = Pide que detengan cualquier trámite ya iniciado para ti (papeleo, comprobaciones, traslado).
# $placeholder es el marcador del borrador, en el idioma del mensaje («[tu nombre]»).
check-signature-placeholder = Pon tu nombre en lugar de «{ $placeholder }» (o añádelo una vez en Ajustes).
check-signature-pass = Está firmado con tu nombre.
check-signature-fail = Termina con una despedida y tu nombre.
check-signature-spoken-pass = Dices quién eres.
check-signature-spoken-fail = Di tu nombre al empezar.
check-signature-spoken-na = Al hablar, dices tu nombre al empezar.
check-contact-placeholder = Pon tu correo o tu teléfono en lugar de «{ $placeholder }».
check-contact-pass = Incluye tus datos de contacto.
check-contact-fail = Añade un correo electrónico o un teléfono en el que puedan localizarte.
check-contact-phone-na = Por teléfono ya tienen tu número.
check-contact-sms-na = Un SMS sale de tu número: pueden responderte directamente.

## Problemas: lo que conviene evitar y lo que no cuadra

# $channel es email, linkedin, platform, phone, voicemail o sms; $words y
# $limit son siempre grandes (60 o más), por eso solo en plural.
problem-too_long = Con { $words } palabras resulta largo para { $channel ->
    [linkedin] un mensaje de LinkedIn
    [platform] un mensaje en una plataforma de selección
    [phone] una llamada
    [voicemail] un mensaje de voz
    [sms] un SMS
   *[email] un correo electrónico
}: recórtalo a { $limit } palabras o menos, en uno o dos párrafos cortos.
problem-oversharing = Deja fuera los detalles médicos, familiares y emocionales: basta con una frase sencilla.
problem-blame = Evita criticar a la empresa: puede que vuelvas a coincidir con estas personas.
problem-vague = Sé claro: di lo que vas a hacer, sin «quizás» ni «no estoy seguro».
problem-drama = Mantén un tono tranquilo: sin signos de exclamación ni palabras en mayúsculas.
problem-late_email = Quedan menos de 24 horas: llámalos primero y envía este correo después de la llamada, para que quede constancia.
problem-mismatch-date = El mensaje dice «{ $said }», pero la entrevista es el { $day }: corrige la fecha.
problem-mismatch-weekday = «{ $said }» tiene mal el día de la semana: el { $date } es { $weekday }.
problem-mismatch-time = El mensaje dice «{ $said }», pero la entrevista es { $when }: corrige la hora.
problem-mismatch-position = El mensaje nombra el puesto «{ $named }», pero la entrevista es para «{ $position }»: corrígelo.
problem-spelling = «{ $word }» parece mal escrito: revisa su ortografía.
problem-spelling-suggestion = «{ $word }» parece mal escrito: ¿querías decir «{ $best }»?

## Notas: lo que la revisión no pudo hacer

# $language es el idioma del mensaje (en, de, fr, es); $package, lo que hay que instalar.
check-note-no-dictionary = No se revisó la ortografía: no se encontró ningún diccionario de { $language ->
    [de] alemán
    [fr] francés
    [es] español
   *[en] inglés
} en este equipo (en Debian o Ubuntu: instala { $package }).
