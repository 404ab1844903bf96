-- A sent message whose bytes are those of a received one (a WMO301 delivered to the aanbieder as the back office
-- handed it) keeps them once: its own inhoud is empty and inhoud_van names the received message that holds them.
-- (V10 and V11 are taken by the declaratie queries and the store-size work.)
ALTER TABLE bericht ADD COLUMN inhoud_van BIGINT;
