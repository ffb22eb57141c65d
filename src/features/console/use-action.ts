// The console's editors run their writes through the shared hook.
export { useAction } from '../../components/use-action';
