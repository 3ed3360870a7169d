import { type ComponentType, lazy } from "react";

/**
 * A component whose module loads the first time it renders, or sooner: spread `preloadProps` on
 * the button that opens it, so the module loads when the pointer or focus reaches the button. For
 * dialogs with forms: their schemas (zod), pickers and popovers stay out of the pages that only
 * might open one, the home above all. Render it inside a Suspense boundary.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load();
    return loading;
  };
  return Object.assign(
    lazy(async () => ({ default: await preload() })),
    { preload, preloadProps: { onPointerEnter: preload, onFocus: preload } },
  );
}
