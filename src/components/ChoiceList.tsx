// A short list of large, tappable choices (radio semantics): easier for unsteady hands than a scrolling picker.
import { View } from '@tarojs/components';

export interface Choice {
  id: string;
  label: string;
}

export function ChoiceList({ label, choices, selected, onSelect }: { label: string; choices: readonly Choice[]; selected: string | null; onSelect(id: string): void }) {
  return (
    <View className='choice-grid' role='radiogroup' aria-label={label}>
      {choices.map((c) => (
        <View
          key={c.id}
          className={`choice${c.id === selected ? ' choice--selected' : ''}`}
          role='radio'
          aria-checked={c.id === selected}
          tabIndex={0}
          onClick={() => onSelect(c.id)}
        >
          {c.label}
        </View>
      ))}
    </View>
  );
}
