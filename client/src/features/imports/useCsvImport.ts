import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { graphql } from '@/gql';
import type { ImportKind, ImportPreviewQuery } from '@/gql/graphql';

const ImportPreviewDocument = graphql(`
  query ImportPreview($planId: ID!, $kind: ImportKind!, $csv: String!) {
    previewImport(planId: $planId, kind: $kind, csv: $csv) {
      kind
      separator
      header
      okCount
      errorCount
      lines {
        line
        ok
        errors
        cells
        measuredOn
        value
        source
        indicator {
          id
          name
          unit
        }
        commitment {
          id
          title
        }
        previousProgress
        progress
        previousStatus
        status
        note
      }
    }
  }
`);

const ApplyImportDocument = graphql(`
  mutation ApplyImport($planId: ID!, $kind: ImportKind!, $csv: String!, $skipLines: [Int!]!) {
    applyImport(planId: $planId, kind: $kind, csv: $csv, skipLines: $skipLines) {
      kind
      written
      skippedLines
    }
  }
`);

export type ImportPreview = ImportPreviewQuery['previewImport'];

/** A CSV import in two steps: a preview that writes nothing, then the lines kept, written at once. */
export function useCsvImport(planId: Ref<string>) {
  const { resolveClient } = useApolloClient();
  const apply = useMutation(ApplyImportDocument, { throws: 'always' });
  const preview = ref<ImportPreview | null>(null);
  const previewedCsv = ref('');
  const skipped = ref(new Set<number>());
  const checking = ref(false);

  const unskippedErrors = computed(() => (preview.value?.lines ?? []).filter((line) => !line.ok && !skipped.value.has(line.line)));
  const toWrite = computed(() => (preview.value?.lines ?? []).filter((line) => line.ok && !skipped.value.has(line.line)).length);

  async function check(kind: ImportKind, csv: string) {
    checking.value = true;
    try {
      // Never cached: the same file reads differently once the plan has moved on.
      const { data } = await resolveClient().query({ query: ImportPreviewDocument, variables: { planId: planId.value, kind, csv }, fetchPolicy: 'no-cache' });
      preview.value = data.previewImport;
      previewedCsv.value = csv;
      skipped.value = new Set();
    } finally {
      checking.value = false;
    }
  }

  function toggle(line: number, skip: boolean) {
    const next = new Set(skipped.value);
    if (skip) next.add(line);
    else next.delete(line);
    skipped.value = next;
  }

  async function write() {
    if (!preview.value) return null;
    const result = await apply.mutate({ planId: planId.value, kind: preview.value.kind, csv: previewedCsv.value, skipLines: [...skipped.value].sort((a, b) => a - b) });
    return result?.data?.applyImport ?? null;
  }

  function reset() {
    preview.value = null;
    previewedCsv.value = '';
    skipped.value = new Set();
  }

  return { preview, skipped, checking, applying: apply.loading, unskippedErrors, toWrite, check, toggle, write, reset };
}
