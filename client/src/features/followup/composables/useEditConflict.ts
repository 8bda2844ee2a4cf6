import { computed, ref, type Ref } from 'vue';

/**
 * A form editing a record that live events keep fresh in the cache: the version the person
 * started from is kept, so a change saved meanwhile by someone else shows (ConflictNotice),
 * and a save refused with CONFLICT can be retried against the saved version once read.
 */
export function useEditConflict(record: Ref<{ version: number } | undefined>) {
  const startVersion = ref(record.value?.version);
  const expectedVersion = ref(record.value?.version);
  const changedElsewhere = computed(() => !!record.value && startVersion.value !== undefined && record.value.version !== startVersion.value);
  return {
    expectedVersion,
    changedElsewhere,
    /** After a CONFLICT: the next save replaces the version now shown. */
    overwriteSaved() {
      expectedVersion.value = record.value?.version;
    },
    /** Takes the saved values: the form starts again from them. */
    adopted() {
      startVersion.value = expectedVersion.value = record.value?.version;
    },
  };
}
