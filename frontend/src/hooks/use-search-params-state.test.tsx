import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { useSearchParamsState } from './use-search-params-state';

function Filters() {
  const [values, set] = useSearchParamsState(['pe', 'type'] as const);
  return (
    <>
      <output>{`pe=${values.pe ?? ''} type=${values.type ?? ''}`}</output>
      <button
        type="button"
        onClick={() => {
          // Two filters changed before the router re-renders (as a fast user or a test does).
          set({ pe: '2020' });
          set({ type: 'WARD' });
        }}
      >
        both
      </button>
      <button type="button" onClick={() => set({ pe: null })}>
        clear
      </button>
    </>
  );
}

describe('state in the address', () => {
  it('should keep both of two changes made in quick succession, and clear one on its own', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Filters />, { route: '/review?plan=D11' });
    await user.click(screen.getByRole('button', { name: 'both' }));
    expect(screen.getByRole('status').textContent).toBe('pe=2020 type=WARD');
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(screen.getByRole('status').textContent).toBe('pe= type=WARD');
  });
});
