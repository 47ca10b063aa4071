//! "Send as a packet…" on an observation: the screen's part of
//! `packet_send` (the record, its status, what the packet is about).

use super::ObservationScreen;
use crate::record::Status;
use crate::ui::packet_send::{Sending, SendsPackets};
use crate::workspace::packet::Subject;

impl SendsPackets for ObservationScreen {
    fn sending(&mut self) -> &mut Sending {
        &mut self.sending
    }

    fn status_mut(&mut self) -> &mut Status {
        &mut self.observation.status
    }

    fn subject(&self) -> Subject {
        Subject::Observation(self.observation.id.clone())
    }
}

impl ObservationScreen {
    /// Opens "Send as a packet…" for this observation.
    pub(super) fn open_sending(&mut self) {
        let name = self.educator.name.clone();
        self.sending
            .open("observation", &name, &self.observation.status);
    }

    /// The send panel asks whether to share the draft by sending it.
    #[must_use]
    pub fn sending_asks(&self) -> bool {
        self.sending.is_asking()
    }

    /// The export ended.
    pub fn packet_exported(
        &mut self,
        result: Result<crate::workspace::packet::Exported, crate::ui::failure::Failure>,
    ) {
        self.sending.exported(result);
    }
}
