import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { graphql } from '@/gql';

const CommitmentChoicesQuery = graphql(`
  query CommitmentChoices($planId: ID!) {
    plan(id: $planId) {
      id
      orientations {
        id
        number
        title
        actions {
          id
          title
        }
      }
    }
    organizations(limit: 200) {
      items {
        id
        name
        acronym
      }
    }
  }
`);

export interface OrientationChoice {
  id: string;
  label: string;
  actions: { id: string; label: string }[];
}

/** What the ledger's filters and the commitment form choose from: the plan's orientations and actions, and the partners. */
export function useLedgerChoices(planId: Ref<string>) {
  const { t } = useI18n();
  const { result } = useQuery(CommitmentChoicesQuery, () => ({ planId: planId.value }), () => ({
    enabled: !!planId.value,
    fetchPolicy: 'cache-and-network',
  }));
  const orientations = computed<OrientationChoice[]>(() =>
    (result.value?.plan.orientations ?? []).map((orientation) => ({
      id: orientation.id,
      label: t('commitments.orientationName', { number: orientation.number, title: orientation.title }),
      actions: orientation.actions.map((action) => ({ id: action.id, label: action.title })),
    })),
  );
  const partners = computed(() =>
    (result.value?.organizations.items ?? [])
      .map((organization) => ({
        id: organization.id,
        label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
  );
  return { orientations, partners };
}
