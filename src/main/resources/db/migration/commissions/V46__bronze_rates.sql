-- The entry tier "Registered" is Bronze (V43): rates set for it follow.
UPDATE commission_rate SET scope_value = 'BRONZE' WHERE scope = 'TIER' AND scope_value = 'REGISTERED';
