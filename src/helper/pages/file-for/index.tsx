import { SignedInPage } from '../../../components/SignedInPage';
import { FileForResident } from '../../../features/workbench/FileForResident';
import { useT } from '../../../i18n';
import { PAGES, replaceWith } from '../../../services/nav';

export default function FileForPage() {
  const t = useT();
  return (
    <SignedInPage title={t('fileFor.title')} returnTo={PAGES.fileFor}>
      {() => <FileForResident onConfirmed={(d) => replaceWith(`${PAGES.task}?id=${encodeURIComponent(d.id)}`)} />}
    </SignedInPage>
  );
}
