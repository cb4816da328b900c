// Written by scripts/fit_page_kind.py from the development pages; do
// not edit by hand. A kind's score is its BIAS plus its WEIGHTS times
// the page-shape measures and marks of kind; the likeliest kind is
// reported when its probability is at least MIN_PROBABILITY.
// 491 page dumps, 5-fold cross-validation: named kinds right 0.705 of the time, held out.
pub(super) const MIN_PROBABILITY: f64 = 0.75;
pub(super) const BIAS: [f64; 5] = [0.76284, -6.65573, 1.81306, 0.858327, 3.2215];
pub(super) const WEIGHTS: [[f64; 22]; 5] = [
    // thread
    [
        0.390624, // run_share
        7.7564, // good_share
        0.226881, // near_good_share
        -1.95843, // short_share
        0.875591, // sentence_share
        -0.129696, // words_per_block
        38.5306, // digit_share
        -3.03453, // price_share
        -1.03126, // run_score_share
        -0.433735, // log_blocks
        20.6113, // decided_share
        -0.716957, // log_good_blocks
        1.79968, // run_block_share
        -2.12382, // run_position
        0.636645, // second_run_ratio
        9.66387, // kind_dateline_share
        68.2699, // kind_comments_share
        7.54756, // kind_share_share
        -6.27568, // kind_navigation_share
        21.7912, // kind_code_share
        11.5019, // kind_question_share
        -3.92248, // kind_heading_share
    ],
    // listing
    [
        -4.35327, // run_share
        3.43455, // good_share
        0.795136, // near_good_share
        0.261691, // short_share
        -0.626288, // sentence_share
        0.0900091, // words_per_block
        20.9779, // digit_share
        16.2161, // price_share
        2.46975, // run_score_share
        0.970972, // log_blocks
        3.92395, // decided_share
        -1.0249, // log_good_blocks
        3.26099, // run_block_share
        2.5308, // run_position
        -2.23729, // second_run_ratio
        19.1018, // kind_dateline_share
        -22.3241, // kind_comments_share
        0.256264, // kind_share_share
        15.7705, // kind_navigation_share
        -27.0475, // kind_code_share
        4.97949, // kind_question_share
        0.822229, // kind_heading_share
    ],
    // product
    [
        1.31215, // run_share
        -0.136771, // good_share
        -2.80671, // near_good_share
        0.576421, // short_share
        -3.93501, // sentence_share
        0.173244, // words_per_block
        11.2282, // digit_share
        15.7083, // price_share
        -2.6055, // run_score_share
        -0.235481, // log_blocks
        2.7808, // decided_share
        0.226967, // log_good_blocks
        -3.59654, // run_block_share
        0.100103, // run_position
        0.00589948, // second_run_ratio
        -19.6776, // kind_dateline_share
        42.2835, // kind_comments_share
        7.22191, // kind_share_share
        -4.61088, // kind_navigation_share
        -11.8099, // kind_code_share
        5.2344, // kind_question_share
        -0.502812, // kind_heading_share
    ],
    // documentation
    [
        0.858425, // run_share
        -4.85239, // good_share
        1.5242, // near_good_share
        0.289617, // short_share
        1.26022, // sentence_share
        -0.0698276, // words_per_block
        -12.0399, // digit_share
        -25.5538, // price_share
        0.60171, // run_score_share
        -0.100577, // log_blocks
        -27.0459, // decided_share
        1.15712, // log_good_blocks
        0.130906, // run_block_share
        0.710685, // run_position
        1.418, // second_run_ratio
        -11.1288, // kind_dateline_share
        -76.3441, // kind_comments_share
        2.08325, // kind_share_share
        -16.746, // kind_navigation_share
        23.5157, // kind_code_share
        -20.8863, // kind_question_share
        -0.11878, // kind_heading_share
    ],
    // other
    [
        1.79208, // run_share
        -6.20179, // good_share
        0.260493, // near_good_share
        0.830702, // short_share
        2.42549, // sentence_share
        -0.0637289, // words_per_block
        -58.6967, // digit_share
        -3.33613, // price_share
        0.565294, // run_score_share
        -0.201179, // log_blocks
        -0.27006, // decided_share
        0.35777, // log_good_blocks
        -1.59503, // run_block_share
        -1.21778, // run_position
        0.176746, // second_run_ratio
        2.04068, // kind_dateline_share
        -11.8852, // kind_comments_share
        -17.109, // kind_share_share
        11.862, // kind_navigation_share
        -6.44947, // kind_code_share
        -0.829472, // kind_question_share
        3.72184, // kind_heading_share
    ],
];
