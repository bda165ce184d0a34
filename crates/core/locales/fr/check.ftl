# What the message checker reports (see crates/core/src/message/check/).
