import { ref } from 'vue';

interface Draggable {
  id: string;
  parentId?: string | null;
}

/**
 * Drag and drop within one list of the agenda (the top level, or one section). It is the
 * mouse's shortcut only: the "Monter" / "Descendre" buttons do the same from the keyboard.
 */
export function useAgendaDrag(onMove: (itemId: string, siblings: string[], index: number) => void) {
  const dragged = ref<Draggable | null>(null);
  const overId = ref<string | null>(null);
  const sameList = (target: Draggable) =>
    !!dragged.value && dragged.value.id !== target.id && (dragged.value.parentId ?? null) === (target.parentId ?? null);

  return {
    overId,
    start(item: Draggable, event: DragEvent) {
      // A child's dragstart bubbles to its section's row: the innermost item is the one dragged.
      if (dragged.value) return;
      dragged.value = { id: item.id, parentId: item.parentId ?? null };
      event.dataTransfer?.setData('text/plain', item.id);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    },
    over(item: Draggable, event: DragEvent) {
      if (!sameList(item)) return;
      event.preventDefault();
      event.stopPropagation();
      overId.value = item.id;
    },
    leave(item: Draggable) {
      if (overId.value === item.id) overId.value = null;
    },
    drop(item: Draggable, siblings: string[], event: DragEvent) {
      if (!sameList(item)) return;
      event.preventDefault();
      event.stopPropagation();
      // Dropped on an item, the dragged one takes its place (the target moves aside).
      onMove(dragged.value!.id, siblings, siblings.indexOf(item.id));
      dragged.value = null;
      overId.value = null;
    },
    end() {
      dragged.value = null;
      overId.value = null;
    },
  };
}

export type AgendaDrag = ReturnType<typeof useAgendaDrag>;
