package vn.planmonitor.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * The administrative parts of the annual report ({@code planmonitor.report.*}) that are not in the data:
 * who signs, who receives it, its number. The issuing body and the place come from the plan and the
 * district unit unless set here.
 */
@ConfigMapping(prefix = "planmonitor.report")
public interface ReportConfig {

    /** The issuing body at the top left; by default the plan's issuing body, in capitals. */
    Optional<String> issuingBody();

    /** The place before the date ("Quận 11"); by default the name of the top unit (the district). */
    Optional<String> place();

    /** The number in "Số: …/BC-UBND"; left as dots to be filled in by hand when not set. */
    Optional<String> number();

    /** The signature block's title lines, e.g. "TM. ỦY BAN NHÂN DÂN" then "CHỦ TỊCH". */
    @WithDefault("TM. ỦY BAN NHÂN DÂN,CHỦ TỊCH")
    List<String> signerTitle();

    /** The signer's name under the signature; blank space to sign in when not set. */
    Optional<String> signerName();

    /** The "Nơi nhận:" list, one recipient a line. */
    @WithDefault("UBND Thành phố (để báo cáo),Sở Khoa học và Công nghệ,Thường trực Quận ủy,Lưu: VT")
    List<String> recipients();
}
