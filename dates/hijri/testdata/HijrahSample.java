// Prints every 293rd day of Java's Umm al-Qura calendar (HijrahChronology,
// 1300-1600 AH) as "umalqura YYYY-MM-DD year month day". Used by
// gen-sample.sh to build oracle-sample.txt; run with any JDK 11+:
//   java HijrahSample.java
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

public class HijrahSample {
    public static void main(String[] args) {
        LocalDate first = LocalDate.from(HijrahChronology.INSTANCE.date(1300, 1, 1));
        LocalDate last = LocalDate.from(HijrahChronology.INSTANCE.date(1600, 12, 1)).plusDays(29);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(293)) {
            HijrahDate h = HijrahDate.from(d);
            System.out.printf("umalqura %s %d %d %d%n", d, h.get(ChronoField.YEAR),
                h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.DAY_OF_MONTH));
        }
        System.out.printf("umalqura %s %d %d %d%n", last, 1600, 12, HijrahDate.from(last).get(ChronoField.DAY_OF_MONTH));
    }
}
