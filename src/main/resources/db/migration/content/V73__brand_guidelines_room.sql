-- The Brand Guidelines room (seed 002): each brand's logos, templates, guidelines, co-branded materials and campaigns.
INSERT INTO portal_room (room_key, position, name) VALUES ('BRAND_GUIDELINES', 10, 'Brand Guidelines');
