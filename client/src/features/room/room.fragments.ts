import { graphql } from '@/gql';

// The live room's state on a meeting. The meeting's live stream selects it too, so a
// facilitator's change (item, timer, opening) reaches every open room page and meeting page.

export const RoomFieldsFragment = graphql(`
  fragment RoomFields on Meeting {
    roomOpen
    currentItemId
    currentItem {
      ...AgendaItemFields
    }
    timer {
      running
      startedAt
      elapsedSeconds
      plannedSeconds
    }
  }
`);
