import { Initial1795464345049 } from './1795464345049-Initial';
import { Meetings1795466822733 } from './1795466822733-Meetings';
import { CalendarFeeds1795467142510 } from './1795467142510-CalendarFeeds';
import { Contributions1795471030913 } from './1795471030913-Contributions';
import { Polls1795471992147 } from './1795471992147-Polls';
import { BallotClientIds1795472971664 } from './1795472971664-BallotClientIds';
import { Commitments1795473731313 } from './1795473731313-Commitments';
import { CoEditing1795473800574 } from './1795473800574-CoEditing';
import { TimelineOrder1795474221762 } from './1795474221762-TimelineOrder';
import { FollowUp1795475129220 } from './1795475129220-FollowUp';
import { YearlyReview1795476207325 } from './1795476207325-YearlyReview';
import { AgendaCommitments1795476371442 } from './1795476371442-AgendaCommitments';
import { EvidenceFiles1795479514176 } from './1795479514176-EvidenceFiles';

/** Every migration, in order; they run at start-up. */
export const MIGRATIONS: Function[] = [Initial1795464345049, Meetings1795466822733, CalendarFeeds1795467142510, Contributions1795471030913, Polls1795471992147, BallotClientIds1795472971664, Commitments1795473731313, CoEditing1795473800574, TimelineOrder1795474221762, FollowUp1795475129220, YearlyReview1795476207325, AgendaCommitments1795476371442, EvidenceFiles1795479514176];
