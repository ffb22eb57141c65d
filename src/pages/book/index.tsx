import { SignedInPage } from '../../components/SignedInPage';
import { BookingForm } from '../../features/booking/BookingForm';
import { useFamilyLinks } from '../../features/family/use-family';
import { useT } from '../../i18n';
import { PAGES, openCase } from '../../services/nav';

function Booking({ villageId }: { villageId: string | null }) {
  const family = useFamilyLinks();
  return <BookingForm defaultVillageId={villageId} family={family} onBooked={(r) => openCase(r.id, true)} />;
}

export default function BookPage() {
  const t = useT();
  return (
    <SignedInPage title={t('book.title')} returnTo={PAGES.book}>
      {(user) => <Booking villageId={user.villageId} />}
    </SignedInPage>
  );
}
