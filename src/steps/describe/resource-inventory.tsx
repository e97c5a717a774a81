import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceInventory as Inventory, ResourceId } from '@/domain/resources';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from '@/domain/resources';
import { TextField } from '@/components/text-field';
import { editResource } from '@/state/editor-actions';

type GroupProps<K extends keyof Inventory> = {
  kind: K;
  ids: readonly (keyof Inventory[K] & ResourceId)[];
  notes: Readonly<Record<keyof Inventory[K] & ResourceId, string>>;
};

/** One fieldset of the inventory: every resource of the group with its prompt and note. */
function ResourceGroup<K extends keyof Inventory>({ kind, ids, notes }: GroupProps<K>) {
  const { t } = useTranslation('workspace');
  return (
    <fieldset className="inventory">
      <legend>{t(`describe.${kind}`)}</legend>
      {ids.map((id) => (
        <TextField
          key={id}
          id={`resource-${id}`}
          multiline
          label={t(`describe.resources.${id}.label`)}
          hint={t(`describe.resources.${id}.prompt`)}
          value={notes[id]}
          onChange={(text) => {
            editResource(kind, id, text);
          }}
        />
      ))}
    </fieldset>
  );
}

/** The eleven resources of step 1, five internal and six external, each with a prompt and a note. */
function ResourceInventoryView({ resources }: { resources: Inventory }) {
  const { t } = useTranslation('workspace');
  return (
    <section aria-labelledby="inventory-title">
      <h3 id="inventory-title">{t('describe.inventoryTitle')}</h3>
      <p>{t('describe.inventoryIntro')}</p>
      <div className="inventory-columns">
        <ResourceGroup kind="internal" ids={INTERNAL_RESOURCE_IDS} notes={resources.internal} />
        <ResourceGroup kind="external" ids={EXTERNAL_RESOURCE_IDS} notes={resources.external} />
      </div>
    </section>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const ResourceInventory = memo(ResourceInventoryView);
