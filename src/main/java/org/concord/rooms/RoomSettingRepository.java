package org.concord.rooms;

import org.concord.shared.web.PortalRoom;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomSettingRepository extends JpaRepository<RoomSetting, PortalRoom> {
}
