-- When an outgoing file was written to the outbox. A stored outgoing message without it was committed but
-- not yet written (the hub stopped in between): it is written when its input arrives again.
ALTER TABLE bericht ADD COLUMN geschreven_op TIMESTAMP;
