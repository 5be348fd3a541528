-- A unit's own deadline in a phase (issue 20): the cluster head extended it, until when and why. A unit whose phase
-- the head closed after its deadline has status NOT_SUBMITTED and the head's reason in closed_reason.
ALTER TABLE unit_phase_status ADD COLUMN extended_to TIMESTAMP;
ALTER TABLE unit_phase_status ADD COLUMN extension_reason VARCHAR(1000);
